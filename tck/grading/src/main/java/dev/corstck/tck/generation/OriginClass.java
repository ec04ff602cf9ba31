package dev.corstck.tck.generation;

import dev.corstck.tck.lookalike.LookAlikeKind;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a page origin is in the scenario set: allowed by the policy, a look-alike of an allowed origin that scanners
 * try, or one of the fixed probes ({@code null}, an arbitrary site, the target's own origin).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OriginClass {
    /** An origin the policy allows. */
    ALLOWED("allowed", ""),
    /** The {@code localhost} / {@code 127.0.0.1} twin of an allowed origin (see fetch#serialized-origin). */
    LOOPBACK_TWIN("twin", ""),
    /** A site that has nothing to do with the target. */
    ARBITRARY("arbitrary", "security.reflect-any-origin"),
    /** The opaque origin of a sandboxed frame or a {@code data:} page. */
    NULL("null", "security.null-origin-trusted"),
    /** An allowed origin followed by more host: {@code https://app.example.evil.example}. */
    PREFIX("prefix", LookAlikeKind.PREFIX),
    /** A host that merely ends in an allowed host: {@code https://evilapp.example}. */
    SUFFIX("suffix", LookAlikeKind.SUFFIX),
    /** An allowed host with a dot replaced: {@code https://appxexample}. */
    UNESCAPED_DOT("unescaped-dot", LookAlikeKind.UNESCAPED_DOT),
    /** An allowed origin followed by a parser-confusing character and more host. */
    SPECIAL_CHARACTER("special-character", LookAlikeKind.SPECIAL_CHARACTER),
    /** The {@code http:} twin of an allowed {@code https:} origin. */
    SCHEME_DOWNGRADE("scheme-downgrade", LookAlikeKind.SCHEME_DOWNGRADE),
    /** The {@code https:} twin of an allowed {@code http:} origin: a different origin too (fetch#concept-origin). */
    SCHEME_UPGRADE("scheme-upgrade", LookAlikeKind.SCHEME_UPGRADE),
    /** A value that is no serialized origin at all ({@code https://*@:;}, non-ASCII, very long): wire-only. */
    MALFORMED("malformed", ""),
    /** A subdomain of an allowed host. */
    ANY_SUBDOMAIN("subdomain", LookAlikeKind.SUBDOMAIN),
    /** An allowed host on another port. */
    ANY_PORT("other-port", LookAlikeKind.OTHER_PORT),
    /** The target's own origin: a same-origin page, which sends no {@code Origin} on GET. */
    SAME_ORIGIN("same-origin", "");

    private final String slug;
    private final String securityRule;
    private final @Nullable LookAlikeKind lookAlike;

    OriginClass(String slug, String securityRule) {
        this.slug = slug;
        this.securityRule = securityRule;
        this.lookAlike = null;
    }

    /** A look-alike class: its lint is the kind's, so the two vocabularies cannot drift apart. */
    OriginClass(String slug, LookAlikeKind lookAlike) {
        this.slug = slug;
        this.securityRule = lookAlike.securityRule().orElse("");
        this.lookAlike = lookAlike;
    }

    /** The class of look-alikes of {@code kind}. */
    public static OriginClass of(LookAlikeKind kind) {
        for (OriginClass c : values()) {
            if (c.lookAlike == kind) {
                return c;
            }
        }
        throw new IllegalStateException("no origin class for look-alike kind " + kind);
    }

    /** The name used in scenario IDs. */
    public String slug() {
        return slug;
    }

    /**
     * The security lint that grades this class without credentials ({@code security.prefix-match}); the credentialed
     * variant adds {@code -with-credentials}. Empty for classes that are not look-alikes.
     */
    public Optional<String> securityRule() {
        return securityRule.isEmpty() ? Optional.empty() : Optional.of(securityRule);
    }

    /** Answer whether this class is a probe the policy must refuse (a look-alike, an arbitrary site, {@code null}). */
    public boolean isProbe() {
        return !securityRule.isEmpty();
    }
}
