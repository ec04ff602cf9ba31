package dev.corstck.tck.lookalike;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a look-alike imitates a trusted origin, and the security lint an acceptance of it breaks. The examples imitate
 * {@code https://app.example} from the attacker domain {@code evil.example}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LookAlikeKind {
    /** The trusted origin followed by more host: {@code https://app.example.evil.example}. */
    PREFIX("prefix-match"),
    /** A host that merely ends in the trusted host: {@code https://evilapp.example}. */
    SUFFIX("suffix-match"),
    /** The trusted host with its first dot replaced (an unescaped regex dot): {@code https://appxexample}. */
    UNESCAPED_DOT("unescaped-dot"),
    /** The trusted host, a parser-confusing character and more host: {@code https://app.example_.evil.example}. */
    SPECIAL_CHARACTER("special-character-bypass"),
    /** The {@code http:} twin of a trusted {@code https:} origin. */
    SCHEME_DOWNGRADE("scheme-downgrade"),
    /**
     * The {@code https:} twin of a trusted {@code http:} origin: a different origin too (html#concept-origin), but no
     * attacker gains from it, so no security lint grades it.
     */
    SCHEME_UPGRADE(""),
    /** A subdomain of a trusted host name: {@code https://evil.app.example}. */
    SUBDOMAIN("any-subdomain"),
    /** The trusted host on another port: {@code https://app.example:8443}. */
    OTHER_PORT("any-port");

    private final String securityRule;

    LookAlikeKind(String securityRule) {
        this.securityRule = securityRule;
    }

    /**
     * The security lint an acceptance of this kind breaks without credentials, e.g. {@code security.prefix-match}
     * (the credentialed lint adds {@code -with-credentials}); empty for {@link #SCHEME_UPGRADE}.
     */
    public Optional<String> securityRule() {
        return securityRule.isEmpty() ? Optional.empty() : Optional.of("security." + securityRule);
    }
}
