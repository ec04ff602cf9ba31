package dev.corstck.reference.scenario;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reference.server.ReferenceResponder;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The reference server a scenario runs against: a correct one with a named policy, or a mistake profile applied to
 * {@link DemoPolicy#standard()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ScenarioServer {

    /** A short name, e.g. {@code demo} or {@code profile:duplicate-acao}. */
    String name();

    /** The policy the server's owner intended. */
    CorsPolicy intendedPolicy();

    /** The mistake, if any. */
    Optional<MistakeProfile> profile();

    /** The policy the server actually runs (the profile's, when there is one). */
    default CorsPolicy effectivePolicy() {
        return profile().map(p -> p.policy(intendedPolicy())).orElse(intendedPolicy());
    }

    /** A fresh in-process server. */
    default ReferenceResponder responder() {
        return new ReferenceResponder(intendedPolicy(), profile());
    }

    /** A fresh target over the wire on 127.0.0.1 and an ephemeral port; close it when done. */
    default EmbeddedTarget start() {
        return EmbeddedTarget.builder().policy(intendedPolicy()).profile(profile()).start();
    }

    /** A correct server running {@code policy}. */
    record WithPolicy(String name, CorsPolicy policy) implements ScenarioServer {
        public WithPolicy {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(policy, "policy must not be null");
        }

        @Override
        public CorsPolicy intendedPolicy() {
            return policy;
        }

        @Override
        public Optional<MistakeProfile> profile() {
            return Optional.empty();
        }
    }

    /** The demo policy made wrong by {@code mistake}. */
    record WithProfile(MistakeProfile mistake) implements ScenarioServer {
        public WithProfile {
            Objects.requireNonNull(mistake, "mistake must not be null");
        }

        @Override
        public String name() {
            return "profile:" + mistake.id();
        }

        @Override
        public CorsPolicy intendedPolicy() {
            return DemoPolicy.standard();
        }

        @Override
        public Optional<MistakeProfile> profile() {
            return Optional.of(mistake);
        }
    }
}
