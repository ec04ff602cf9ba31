package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §3.3.2 HTTP requests and §4.8 CORS-preflight fetch. */
final class PreflightRules {

    private static final String S48 = "4.8 CORS-preflight fetch";
    private static final SpecRef SECTION = SpecRef.fetch("cors-preflight-fetch", S48);
    private static final SpecRef FETCH = SpecRef.fetch("cors-preflight-fetch-0", S48);

    private PreflightRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("preflight", "CORS-preflight fetch", SECTION, List.of(
                Rule.of("preflight.status-ok", MUST, FETCH.at("step 7"),
                        "A preflight gets an ok status (200 to 299)",
                        "A 404, 405, 401 or 500 on OPTIONS fails the preflight; the actual request is never sent")
                        .labels("R-PFRESP-01", "R-PFTRIG-01")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.no-redirect", MUST, FETCH,
                        "A preflight is not redirected",
                        "Preflights do not follow redirects; http-to-https, trailing-slash and SSO redirects break them")
                        .labels("R-PFRESP-07")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.no-credentials-required", MUST,
                        SpecRef.fetch("cors-protocol-and-credentials", "3.3.5 CORS protocol and credentials"),
                        "A preflight without cookies or Authorization is answered, not refused with 401 or 403",
                        "Browsers never send credentials on a preflight; auth belongs on the actual request")
                        .labels("R-PFREQ-04")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.cors-check", MUST, FETCH.at("step 7"),
                        "The preflight response passes the CORS check for the actual request's credentials mode",
                        "Credentialed calls need the exact origin and Allow-Credentials: true on OPTIONS too")
                        .labels("R-PFRESP-02")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.acam-lists-method", MUST, FETCH,
                        "Access-Control-Allow-Methods allows each non-safelisted method the client uses",
                        "An unlisted PUT, PATCH or DELETE fails the preflight")
                        .labels("R-PFRESP-03", "R-METHOD-01")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.acam-exact-case", MUST, SpecRef.fetch("concept-method-normalize", "2.2.1 Methods"),
                        "Methods are allowed in the exact case the browser sends (`PATCH` is not `patch`)",
                        "Allow-Methods is compared case-sensitively after only six methods are uppercased")
                        .labels("R-METHOD-02")
                        .checkedBy("PreflightListChecks"),
                Rule.of("preflight.acah-lists-headers", MUST, FETCH,
                        "Access-Control-Allow-Headers allows each CORS-unsafe request header the client sends",
                        "One unlisted header (Content-Type: application/json, X-Api-Key) fails the preflight")
                        .labels("R-PFRESP-04", "R-REQHDR-01")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.authorization-explicit", MUST,
                        SpecRef.fetch("cors-non-wildcard-request-header-name", "2.2.2 Headers"),
                        "Authorization is listed by name in Access-Control-Allow-Headers; `*` does not cover it",
                        "Fetch makes it a network error; 2026 browsers still tolerate it (whatwg/fetch#1919)")
                        .labels("R-PFRESP-05", "R-CRED-05")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.wildcard-literal-with-credentials", MUST,
                        SpecRef.fetch("http-new-header-syntax", "3.3.4 HTTP new-header syntax"),
                        "With credentials, `*` in Allow-Methods or Allow-Headers is not relied on as a wildcard",
                        "For credentialed requests `*` only matches a method or header literally named `*`")
                        .labels("R-PFRESP-05").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("PreflightListChecks"),
                Rule.of("preflight.lists-parse", MUST, SpecRef.fetch("http-new-header-syntax", "3.3.4 HTTP new-header syntax"),
                        "Access-Control-Allow-Methods and -Headers are clean comma-separated token lists",
                        "One invalid element (`PUT;`, `x header`) fails the whole preflight")
                        .labels("R-PFRESP-06", "R-SYNTAX-01")
                        .checkedBy("PreflightChecks"),
                Rule.of("preflight.tolerant-acrh", SHOULD,
                        SpecRef.fetch("convert-header-names-to-a-sorted-lowercase-set", "2.2.2 Headers"),
                        "Access-Control-Request-Headers is split on commas and trimmed, in any order and case",
                        "Browsers send `content-type,x-b`; other clients and proxies vary the form")
                        .labels("R-PFREQ-03")
                        .checkedBy("TolerantAcrhProbe"),
                Rule.of("preflight.same-url", SHOULD, SpecRef.fetch("cors-preflight-request", "3.3.2 HTTP requests"),
                        "OPTIONS to the path and query of the actual request is routed like the actual request",
                        "The preflight goes to the exact URL, query string included")
                        .labels("R-PFREQ-01").detectedBy(Detection.POLICY)
                        .checkedBy("SameUrlProbe"),
                Rule.of("preflight.only-with-acrm", SHOULD,
                        SpecRef.fetch("cors-preflight-request", "3.3.2 HTTP requests"),
                        "An OPTIONS with Origin but no Access-Control-Request-Method is answered by the application, "
                                + "not as a preflight",
                        "It is no CORS-preflight request: a CORS layer that answers every OPTIONS with the "
                                + "preflight headers hides the application's own OPTIONS from every other origin")
                        .labels("R-PFREQ-01")
                        .checkedBy("PlainOptionsProbe"),
                Rule.of("preflight.recognised-by-acrm", INFO,
                        SpecRef.fetch("http-access-control-request-method", "3.3.2 HTTP requests"),
                        "OPTIONS with Origin and Access-Control-Request-Method is answered as a preflight",
                        "Browsers preflight safelisted methods too when a header is CORS-unsafe")
                        .labels("R-PFREQ-02")
                        .checkedBy("RecordedFacts", "RecordedFactsTests"),
                Rule.of("preflight.private-network-access", INFO, FETCH,
                        "Whether Access-Control-Allow-Private-Network is granted is recorded",
                        "Chromium's historic private-network preflight; Local Network Access replaced it")
                        .labels("R-PNA-01")
                        .checkedBy("RecordedFacts", "RecordedFactsTests")));
    }
}
