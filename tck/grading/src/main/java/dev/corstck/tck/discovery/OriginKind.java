package dev.corstck.tck.discovery;

import dev.corstck.tck.lookalike.LookAlikeKind;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Say why discovery tried an origin. Look-alike kinds imitate an origin the target allows and name the security
 * rule that an acceptance breaks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OriginKind {
    /** A random origin nobody would list: accepted means the target reflects or answers {@code *}. */
    RANDOM(""),
    /** The target's own origin. */
    SELF(""),
    /** The target's origin with another scheme, port, or localhost/127.0.0.1 swapped. */
    SELF_VARIANT(""),
    /** A common local development front end ({@code http://localhost:3000} ...). */
    DEVELOPMENT(""),
    /** Given by the user with {@code --origin}. */
    HINT(""),
    /** Named by the target itself in a fixed {@code Access-Control-Allow-Origin}. */
    ADVERTISED(""),
    /** The opaque origin, {@code null}. */
    NULL("security.null-origin-trusted"),
    /** Trusted origin followed by more host: {@code https://trusted.example.evil-1a2b.example}. */
    PREFIX(LookAlikeKind.PREFIX),
    /** A host ending in the trusted name: {@code https://evil1a2btrusted.example}. */
    SUFFIX(LookAlikeKind.SUFFIX),
    /** A trusted dot replaced: {@code https://trustedxexample}. */
    UNESCAPED_DOT(LookAlikeKind.UNESCAPED_DOT),
    /** Trusted origin followed by a special character and more host: {@code https://trusted.example%60.evil}. */
    SPECIAL_CHARACTER(LookAlikeKind.SPECIAL_CHARACTER),
    /** The trusted host over the other scheme. */
    SCHEME_VARIANT(LookAlikeKind.SCHEME_DOWNGRADE),
    /** A subdomain of the trusted host. */
    SUBDOMAIN(LookAlikeKind.SUBDOMAIN),
    /** The trusted host on another port. */
    PORT_VARIANT(LookAlikeKind.OTHER_PORT);

    private final String securityRule;
    private final @Nullable LookAlikeKind lookAlike;

    OriginKind(String securityRule) {
        this.securityRule = securityRule;
        this.lookAlike = null;
    }

    /** A look-alike kind: its rule is the shared kind's, so discovery and generation name the same lint. */
    OriginKind(LookAlikeKind lookAlike) {
        this.securityRule = lookAlike.securityRule().orElse("");
        this.lookAlike = lookAlike;
    }

    /**
     * The discovery kind of look-alikes of {@code kind}; discovery never asks for
     * {@link LookAlikeKind#SCHEME_UPGRADE}, which has none.
     */
    static OriginKind of(LookAlikeKind kind) {
        for (OriginKind k : values()) {
            if (k.lookAlike == kind) {
                return k;
            }
        }
        throw new IllegalArgumentException("discovery does not probe look-alike kind " + kind);
    }

    /**
     * Return the security rule an acceptance of this kind breaks, e.g. {@code security.suffix-match}, with the
     * {@code -with-credentials} variant when credentials are allowed; empty for kinds that are not look-alikes.
     */
    public Optional<String> securityRule(boolean withCredentials) {
        return securityRule.isEmpty() ? Optional.empty()
                : Optional.of(securityRule + (withCredentials ? "-with-credentials" : ""));
    }

    public boolean isLookAlike() {
        return ordinal() >= PREFIX.ordinal();
    }
}
