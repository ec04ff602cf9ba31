package dev.corstck.tck.lookalike;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a consumer of {@link LookAlikes} chooses: the attacker's names glued to a trusted host, how a prefix
 * look-alike carries the trusted port, and which kinds it wants.
 *
 * @param domain         the attacker's domain appended after a trusted host ({@code evil.example})
 * @param suffixLabel    the text put in front of a trusted host for {@link LookAlikeKind#SUFFIX} ({@code evil})
 * @param subdomainLabel the label put under a trusted host for {@link LookAlikeKind#SUBDOMAIN} ({@code evil})
 * @param prefix         where a {@link LookAlikeKind#PREFIX} look-alike puts the trusted port
 * @param kinds          the kinds to build
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Attacker(String domain, String suffixLabel, String subdomainLabel, PrefixForm prefix,
        Set<LookAlikeKind> kinds) {

    public Attacker {
        Objects.requireNonNull(domain, "domain must not be null");
        Objects.requireNonNull(suffixLabel, "suffixLabel must not be null");
        Objects.requireNonNull(subdomainLabel, "subdomainLabel must not be null");
        Objects.requireNonNull(prefix, "prefix must not be null");
        kinds = Set.copyOf(kinds);
    }

    /** Where a prefix look-alike puts the trusted origin's port. */
    public enum PrefixForm {
        /**
         * The attacker domain follows the whole serialized origin, port included ({@code http://app.example:8080
         * .evil.example}): the string a scanner sends to catch a {@code startsWith} on the serialized origin.
         */
        AFTER_SERIALIZED_ORIGIN,
        /**
         * The attacker domain follows the host and the port stays last ({@code http://app.example.evil.example:8080}):
         * a serialized origin a browser could send (fetch#serialized-origin), so an acceptance proves a host prefix match.
         */
        AFTER_HOST
    }
}
