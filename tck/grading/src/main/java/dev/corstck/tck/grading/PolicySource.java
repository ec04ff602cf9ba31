package dev.corstck.tck.grading;

import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the target is graded against: a policy its owner declared (or discovery inferred), or none, in which case
 * only the Fetch invariants and the security posture are graded.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PolicySource {

    /** A policy the owner declared in a policy file, or that discovery inferred and the user kept. */
    record Declared(GradingPolicy policy) implements PolicySource {
        public Declared {
            Objects.requireNonNull(policy, "policy must not be null");
        }
    }

    /**
     * No policy: the endpoints to probe, nothing about what should be allowed. Origins the target grants are taken
     * as meant; policy rules are not graded.
     */
    record Undeclared(List<Endpoint> endpoints) implements PolicySource {
        public Undeclared {
            endpoints = List.copyOf(endpoints);
            if (endpoints.isEmpty()) {
                throw new IllegalArgumentException("at least one endpoint is needed");
            }
        }
    }
}
