package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §4.10 CORS check: what every response to a CORS request must carry. */
final class CorsCheckRules {

    private static final SpecRef SECTION = SpecRef.fetch("cors-check", "4.10 CORS check");
    private static final SpecRef CHECK = SpecRef.fetch("concept-cors-check", "4.10 CORS check");

    private CorsCheckRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("cors-check", "CORS check", SECTION, List.of(
                Rule.of("cors-check.acao-present", MUST, CHECK.at("step 2"),
                        "A response to an allowed CORS request carries Access-Control-Allow-Origin",
                        "Without it the browser turns the response into a network error")
                        .labels("R-CHECK-01")
                        .checkedBy("AcaoPresence"),
                Rule.of("cors-check.acao-exact", MUST, CHECK.at("step 4"),
                        "Access-Control-Allow-Origin is `*` or the request's serialized origin, byte for byte",
                        "A trailing slash, a default port or different case fails in every browser, not in curl")
                        .labels("R-CHECK-02", "R-ORIGIN-02")
                        .checkedBy("HeaderInvariants"),
                Rule.of("cors-check.acao-single", MUST, SpecRef.fetch("concept-header-list-get", "2.2.2 Headers"),
                        "Exactly one Access-Control-Allow-Origin line, holding one value",
                        "Two lines (often proxy plus app) combine into `a, b`, which never matches an origin")
                        .labels("R-CHECK-03", "R-SYNTAX-01")
                        .checkedBy("HeaderInvariants"),
                Rule.of("cors-check.acao-not-wildcard-with-credentials", MUST, CHECK.at("step 3"),
                        "A response to a credentialed request names the exact origin, never `*`",
                        "Browsers reject `*` when credentials are included, whatever Allow-Credentials says")
                        .labels("R-CHECK-04").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"),
                Rule.of("cors-check.acac-true", MUST, CHECK.at("steps 5-7"),
                        "A response to a credentialed request carries Access-Control-Allow-Credentials: true, once",
                        "The value is compared case-sensitively: `True`, `1` or two lines fail")
                        .labels("R-CHECK-05").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"),
                Rule.of("cors-check.error-statuses", SHOULD, SpecRef.fetch("http-responses", "3.3.3 HTTP responses"),
                        "Error responses (401, 403, 404, 500) to allowed CORS requests carry the CORS headers too",
                        "Otherwise the client sees a network error and cannot tell a 401 from a CORS failure")
                        .labels("R-CHECK-06")
                        .checkedBy("AcaoPresence", "CorsOnErrorsAndCookiesTests"),
                Rule.of("cors-check.not-modified", SHOULD, SpecRef.fetch("concept-http-fetch", "4.4 HTTP fetch"),
                        "304 responses to CORS revalidations carry Access-Control-Allow-Origin",
                        "Browsers merge them into the stored response, but intermediaries may serve them alone")
                        .labels("R-CHECK-07")
                        .checkedBy("NotModifiedProbe", "NotModifiedProbeTests")));
    }
}
