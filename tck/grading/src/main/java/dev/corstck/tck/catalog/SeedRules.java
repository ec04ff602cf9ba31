package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/**
 * The rules and common mistakes of the Express CORS guide the project began from, each tied to the Fetch text
 * that makes it true. Several restate a Fetch rule in the guide's words, so a reader of the guide finds them.
 */
final class SeedRules {

    private static final SpecRef SECTION = SpecRef.fetch("http-cors-protocol", "3.3 CORS protocol");
    private static final SpecRef CHECK = SpecRef.fetch("concept-cors-check", "4.10 CORS check");
    private static final SpecRef ORIGIN = SpecRef.fetch("serialized-origin", "3.2 `Origin` header");

    private SeedRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("seed", "The Express CORS guide", SECTION, List.of(
                Rule.of("seed.wildcard-with-credentials", MUST, CHECK.at("step 3"),
                        "`origin: '*'` is not combined with `credentials: true`",
                        "Browsers reject `*` on credentialed requests; name one exact origin instead")
                        .labels("R-CHECK-04").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"),
                Rule.of("seed.cors-before-routes", MUST, CHECK.at("step 2"),
                        "Every route answers with the CORS headers (the CORS middleware runs before the routes)",
                        "Routes registered before `app.use(cors())` respond without Access-Control-Allow-Origin")
                        .labels("R-CHECK-01").detectedBy(Detection.POLICY)
                        .checkedBy("AcaoPresence"),
                Rule.of("seed.authorization-in-allowed-headers", MUST,
                        SpecRef.fetch("cors-non-wildcard-request-header-name", "2.2.2 Headers"),
                        "Clients sending Authorization get it listed in `allowedHeaders`",
                        "Authorization is never safelisted: the preflight fails and the real request never goes")
                        .labels("R-PFRESP-05", "R-CRED-05")
                        .checkedBy("PreflightChecks"),
                Rule.of("seed.callback-no-origin-guard", MUST,
                        SpecRef.fetch("append-a-request-origin-header", "3.2 `Origin` header"),
                        "Requests without an Origin header (same-origin GETs, health checks, server-to-server calls) "
                                + "are not refused with a server error",
                        "MUST by consequence: a same-origin GET carries no Origin, so an origin callback without the "
                                + "`!origin` guard breaks the site's own pages, not only cross-origin calls")
                        .labels("R-ORIGIN-03")
                        .checkedBy("CacheChecks"),
                Rule.of("seed.localhost-vs-127", SHOULD, ORIGIN,
                        "A dev origin on localhost and the same on 127.0.0.1 are each allowed when each is meant",
                        "They reach the same machine but are different origins: allowing one does not allow the other")
                        .labels("R-ORIGIN-01", "R-ORIGIN-06").detectedBy(Detection.POLICY)
                        .checkedBy("LoopbackTwins"),
                Rule.of("seed.preflight-handled", MUST, SpecRef.fetch("cors-preflight-request", "3.3.2 HTTP requests"),
                        "OPTIONS preflights are answered by the CORS layer on every route called with PUT, DELETE or "
                                + "Authorization", "Hand-written middleware needs an explicit OPTIONS branch")
                        .labels("R-PFTRIG-01").detectedBy(Detection.POLICY)
                        .checkedBy("PreflightChecks"),
                Rule.of("seed.credentials-need-exact-origin", MUST,
                        SpecRef.fetch("cors-protocol-and-credentials", "3.3.5 CORS protocol and credentials"),
                        "With credentials and several allowed origins, each response names only the caller's origin",
                        "Only one exact origin can be sent back; a static list or `*` fails")
                        .labels("R-CHECK-03", "R-CHECK-04").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"),
                Rule.of("seed.unlisted-origin-no-acao", MUST, CHECK,
                        "Origins outside the configured list get no Access-Control-Allow-Origin",
                        "With options, only the listed origins get the header back")
                        .labels("R-CHECK-02").detectedBy(Detection.POLICY)
                        .checkedBy("OutcomeChecks"),
                Rule.of("seed.origin-is-scheme-host-port", MUST, ORIGIN,
                        "http and https, hosts and ports are told apart: each origin is allowed on its own",
                        "Protocol, domain and port must all match; myapp.com:3000 is not myapp.com:4000")
                        .labels("R-ORIGIN-01").detectedBy(Detection.POLICY)
                        .checkedBy("OutcomeChecks"),
                Rule.of("seed.allow-all-in-production", INFO, SpecRef.fetch("basic-safe-cors-protocol-setup",
                                "Background reading: Basic safe CORS protocol setup"),
                        "`cors()` with no options (`*` on every route) is kept for local development",
                        "Replace it with explicit options before deploying anywhere")
                        .labels("S-04").detectedBy(Detection.OPERATOR)
                        .notGraded("which environment a server runs in only its operator knows"),
                Rule.of("seed.credentials-both-sides", INFO,
                        SpecRef.fetch("concept-request-credentials-mode", "2.2.5 Requests"),
                        "Cookies travel only when the server allows credentials and the client uses "
                                + "`credentials: 'include'`", "Miss either side and the cookies do not travel")
                        .labels("R-CRED-01").detectedBy(Detection.BROWSER)
                        .notGraded("about the client's credentials option: `demo` shows it in browsers; the server's"
                                + " half is graded by cors-check.acac-true"),
                Rule.of("seed.no-cors-is-opaque", INFO,
                        SpecRef.fetch("concept-filtered-response-opaque", "2.2.6 Responses"),
                        "`mode: 'no-cors'` is not a fix for a JSON API",
                        "It yields an opaque response: no status, no headers, no body")
                        .labels("R-NOCORS-02").detectedBy(Detection.BROWSER)
                        .notGraded("advice to clients: the no-cors-get scenario shows the opaque response in the "
                                + "simulator and browsers, and nothing of the server's is at stake"),
                Rule.of("seed.stale-preflight-cache", INFO, SpecRef.fetch("concept-cache", "4.9 CORS-preflight cache"),
                        "CORS changes are tested with the preflight cache cleared",
                        "A cached preflight hides a changed policy for up to Access-Control-Max-Age seconds")
                        .labels("R-CACHE-02").detectedBy(Detection.BROWSER)
                        .notGraded("advice on testing practice, not a property of the server")));
    }
}
