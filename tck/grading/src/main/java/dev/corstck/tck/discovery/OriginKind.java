package dev.corstck.tck.discovery;

import java.util.Optional;
import org.apiguardian.api.API;

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
    NULL("null-origin-trusted"),
    /** Trusted origin followed by more host: {@code https://trusted.example.evil-1a2b.example}. */
    PREFIX("prefix-match"),
    /** A host ending in the trusted name: {@code https://evil1a2btrusted.example}. */
    SUFFIX("suffix-match"),
    /** A trusted dot replaced: {@code https://trustedxexample}. */
    UNESCAPED_DOT("unescaped-dot"),
    /** Trusted origin followed by a special character and more host: {@code https://trusted.example%60.evil}. */
    SPECIAL_CHARACTER("special-character-bypass"),
    /** The trusted host over the other scheme. */
    SCHEME_VARIANT("scheme-downgrade"),
    /** A subdomain of the trusted host. */
    SUBDOMAIN("any-subdomain"),
    /** The trusted host on another port. */
    PORT_VARIANT("any-port");

    private final String securityRule;

    OriginKind(String securityRule) {
        this.securityRule = securityRule;
    }

    /**
     * Return the security rule an acceptance of this kind breaks, e.g. {@code security.suffix-match}, with the
     * {@code -with-credentials} variant when credentials are allowed; empty for kinds that are not look-alikes.
     */
    public Optional<String> securityRule(boolean withCredentials) {
        return securityRule.isEmpty() ? Optional.empty()
                : Optional.of("security." + securityRule + (withCredentials ? "-with-credentials" : ""));
    }

    public boolean isLookAlike() {
        return ordinal() >= PREFIX.ordinal();
    }
}
