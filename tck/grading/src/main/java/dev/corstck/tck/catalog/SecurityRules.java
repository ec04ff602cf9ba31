package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.SECURITY;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Security lints from the misconfiguration classes scanners look for, following Fetch's background reading "Basic
 * safe CORS protocol setup". Each origin-matching class is graded twice: without credentials it exposes only what
 * {@code *} would (INFO), with credentials any matching site reads the user's data (SECURITY).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class SecurityRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("basic-safe-cors-protocol-setup", "Background reading: Basic safe CORS protocol setup");
    private static final SpecRef CREDENTIALS =
            SpecRef.fetch("cors-protocol-and-credentials", "3.3.5 CORS protocol and credentials");

    private static final String REFLECT_ANY_ORIGIN_TITLE =
            "Arbitrary origins are not reflected into Access-Control-Allow-Origin";
    private static final String REFLECT_ANY_ORIGIN_WHY =
            "Then https://random-3f2a.example is trusted like the real front end";

    public static final Rule REFLECT_ANY_ORIGIN =
            withoutCredentials("security.reflect-any-origin", REFLECT_ANY_ORIGIN_TITLE, REFLECT_ANY_ORIGIN_WHY, "S-01");

    public static final Rule REFLECT_ANY_ORIGIN_WITH_CREDENTIALS =
            withCredentials("security.reflect-any-origin-with-credentials",
                    REFLECT_ANY_ORIGIN_TITLE, REFLECT_ANY_ORIGIN_WHY, "S-01");

    private static final String NULL_ORIGIN_TRUSTED_TITLE = "`Origin: null` is not allowed";
    private static final String NULL_ORIGIN_TRUSTED_WHY = "Any sandboxed iframe or data: page sends `null`";

    public static final Rule NULL_ORIGIN_TRUSTED =
            withoutCredentials("security.null-origin-trusted",
                    NULL_ORIGIN_TRUSTED_TITLE, NULL_ORIGIN_TRUSTED_WHY, "S-02",
                    "R-ORIGIN-04");

    public static final Rule NULL_ORIGIN_TRUSTED_WITH_CREDENTIALS =
            withCredentials("security.null-origin-trusted-with-credentials",
                    NULL_ORIGIN_TRUSTED_TITLE, NULL_ORIGIN_TRUSTED_WHY, "S-02", "R-ORIGIN-04");

    private static final String PREFIX_MATCH_TITLE =
            "A trusted origin followed by more host (https://trusted.example.evil.test) "
            + "is not allowed";
    private static final String PREFIX_MATCH_WHY = "Such a match checks a prefix, not the whole origin";

    public static final Rule PREFIX_MATCH =
            withoutCredentials("security.prefix-match", PREFIX_MATCH_TITLE, PREFIX_MATCH_WHY, "S-03");

    public static final Rule PREFIX_MATCH_WITH_CREDENTIALS =
            withCredentials("security.prefix-match-with-credentials", PREFIX_MATCH_TITLE, PREFIX_MATCH_WHY, "S-03");

    private static final String SUFFIX_MATCH_TITLE =
            "A host merely ending in a trusted name (https://eviltrusted.example) is not "
            + "allowed";
    private static final String SUFFIX_MATCH_WHY = "Such a match checks a suffix without a dot boundary";

    public static final Rule SUFFIX_MATCH =
            withoutCredentials("security.suffix-match", SUFFIX_MATCH_TITLE, SUFFIX_MATCH_WHY, "S-03");

    public static final Rule SUFFIX_MATCH_WITH_CREDENTIALS =
            withCredentials("security.suffix-match-with-credentials", SUFFIX_MATCH_TITLE, SUFFIX_MATCH_WHY, "S-03");

    private static final String UNESCAPED_DOT_TITLE = "A host with another character in place of a trusted dot "
            + "(https://trustedxexample) is not allowed";
    private static final String UNESCAPED_DOT_WHY = "Such a match comes from an unescaped regex dot";

    public static final Rule UNESCAPED_DOT =
            withoutCredentials("security.unescaped-dot", UNESCAPED_DOT_TITLE, UNESCAPED_DOT_WHY, "S-03");

    public static final Rule UNESCAPED_DOT_WITH_CREDENTIALS =
            withCredentials("security.unescaped-dot-with-credentials", UNESCAPED_DOT_TITLE, UNESCAPED_DOT_WHY, "S-03");

    private static final String SPECIAL_CHARACTER_BYPASS_TITLE =
            "A trusted origin followed by `%60`, a backtick, `_` or `!` and "
            + "more host is not allowed";
    private static final String SPECIAL_CHARACTER_BYPASS_WHY =
            "Such a match means the server parses origins unlike browsers";

    public static final Rule SPECIAL_CHARACTER_BYPASS =
            withoutCredentials("security.special-character-bypass",
                    SPECIAL_CHARACTER_BYPASS_TITLE, SPECIAL_CHARACTER_BYPASS_WHY, "S-03");

    public static final Rule SPECIAL_CHARACTER_BYPASS_WITH_CREDENTIALS =
            withCredentials("security.special-character-bypass-with-credentials",
                    SPECIAL_CHARACTER_BYPASS_TITLE, SPECIAL_CHARACTER_BYPASS_WHY, "S-03");

    private static final String SCHEME_DOWNGRADE_TITLE = "The http: origin of a trusted https: site is not allowed";
    private static final String SCHEME_DOWNGRADE_WHY = "A network attacker can inject script into the http: site";

    public static final Rule SCHEME_DOWNGRADE =
            withoutCredentials("security.scheme-downgrade",
                    SCHEME_DOWNGRADE_TITLE, SCHEME_DOWNGRADE_WHY, "S-03", "R-ORIGIN-01");

    public static final Rule SCHEME_DOWNGRADE_WITH_CREDENTIALS =
            withCredentials("security.scheme-downgrade-with-credentials",
                    SCHEME_DOWNGRADE_TITLE, SCHEME_DOWNGRADE_WHY, "S-03", "R-ORIGIN-01");

    private static final String ANY_SUBDOMAIN_TITLE = "Subdomains of a trusted site are allowed only when listed";
    private static final String ANY_SUBDOMAIN_WHY = "One XSS or taken-over subdomain then reads the API";

    public static final Rule ANY_SUBDOMAIN =
            withoutCredentials("security.any-subdomain", ANY_SUBDOMAIN_TITLE, ANY_SUBDOMAIN_WHY, "S-03");

    public static final Rule ANY_SUBDOMAIN_WITH_CREDENTIALS =
            withCredentials("security.any-subdomain-with-credentials", ANY_SUBDOMAIN_TITLE, ANY_SUBDOMAIN_WHY, "S-03");

    private static final String ANY_PORT_TITLE = "Other ports of a trusted host are not allowed";
    private static final String ANY_PORT_WHY = "Another service on the same host becomes a trusted origin";

    public static final Rule ANY_PORT =
            withoutCredentials("security.any-port", ANY_PORT_TITLE, ANY_PORT_WHY, "S-03", "R-ORIGIN-01");

    public static final Rule ANY_PORT_WITH_CREDENTIALS =
            withCredentials("security.any-port-with-credentials", ANY_PORT_TITLE, ANY_PORT_WHY, "S-03", "R-ORIGIN-01");

    public static final Rule WILDCARD_ORIGIN =
            Rule.of("security.wildcard-origin", INFO, SECTION,
            "`Access-Control-Allow-Origin: *` is used only for data that is public on the internet",
            "Data guarded by network position (intranet, IP allow-list) leaks to every site")
            .labels("S-04").detectedBy(Detection.OPERATOR).gradedOn(CredentialsScope.WITHOUT_CREDENTIALS)
            .notGraded("whether the data is public on the internet only the operator knows; `discover` "
            + "records every `*` it sees under this rule");

    public static final Rule WILDCARD_ORIGIN_WITH_CREDENTIALS =
            Rule.of("security.wildcard-origin-with-credentials", SECURITY, CREDENTIALS,
            "`Access-Control-Allow-Origin: *` is never paired with Allow-Credentials: true",
            "The pair shows intent to share credentialed data with every site; the usual fix reflects")
            .labels("S-04").gradedOn(CredentialsScope.WITH_CREDENTIALS)
            .graded();

    public static final Rule CSRF_SIMPLE_REQUEST =
            Rule.of("security.csrf-simple-request", SECURITY,
            SpecRef.fetch("cors-safelisted-request-header", "2.2.2 Headers"),
            "State-changing endpoints refuse cross-origin form-shaped POSTs (text/plain, urlencoded, "
            + "multipart)", "Those are sent without a preflight: CORS never stops them. The wire "
            + "shows a status, never a side effect: a 4xx passes, a 2xx is INFO with the advice "
            + "(require the clients' preflighted shape, check Origin, or use a CSRF token)")
            .labels("S-05", "R-REQHDR-05", "R-NOCORS-03").detectedBy(Detection.POLICY)
            .graded();

    public static final Rule PREFLIGHT_ACTUAL_CONSISTENT =
            Rule.of("security.preflight-actual-consistent", SECURITY, SECTION,
            "Preflight and actual responses agree on which origins are allowed",
            "A preflight-only check leaves actual requests open; the reverse hides bugs")
            .labels("S-06")
            .graded();

    private SecurityRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("security", "Security lints", SECTION, List.of(
                REFLECT_ANY_ORIGIN,
                REFLECT_ANY_ORIGIN_WITH_CREDENTIALS,
                NULL_ORIGIN_TRUSTED,
                NULL_ORIGIN_TRUSTED_WITH_CREDENTIALS,
                PREFIX_MATCH,
                PREFIX_MATCH_WITH_CREDENTIALS,
                SUFFIX_MATCH,
                SUFFIX_MATCH_WITH_CREDENTIALS,
                UNESCAPED_DOT,
                UNESCAPED_DOT_WITH_CREDENTIALS,
                SPECIAL_CHARACTER_BYPASS,
                SPECIAL_CHARACTER_BYPASS_WITH_CREDENTIALS,
                SCHEME_DOWNGRADE,
                SCHEME_DOWNGRADE_WITH_CREDENTIALS,
                ANY_SUBDOMAIN,
                ANY_SUBDOMAIN_WITH_CREDENTIALS,
                ANY_PORT,
                ANY_PORT_WITH_CREDENTIALS,
                WILDCARD_ORIGIN,
                WILDCARD_ORIGIN_WITH_CREDENTIALS,
                CSRF_SIMPLE_REQUEST,
                PREFLIGHT_ACTUAL_CONSISTENT));
    }

    /** One origin-matching mistake graded on requests without credentials: what `*` would expose too (INFO). */
    private static Rule withoutCredentials(String id, String title, String why, String... labels) {
        return Rule.of(id, INFO, SECTION, title + " (requests without credentials)", why)
                .labels(labels).gradedOn(CredentialsScope.WITHOUT_CREDENTIALS).graded();
    }

    /** The same mistake with Allow-Credentials: true, where any matching site reads the user's data (SECURITY). */
    private static Rule withCredentials(String id, String title, String why, String... labels) {
        return Rule.of(id, SECURITY, CREDENTIALS, title + " with Allow-Credentials: true",
                why + "; with credentials it reads the user's data")
                .labels(labels).gradedOn(CredentialsScope.WITH_CREDENTIALS).graded();
    }
}
