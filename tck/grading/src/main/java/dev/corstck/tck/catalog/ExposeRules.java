package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §3.3.3 HTTP responses: {@code Access-Control-Expose-Headers}. */
final class ExposeRules {

    private static final SpecRef SECTION = SpecRef.fetch("http-responses", "3.3.3 HTTP responses");
    private static final SpecRef ACEH = SpecRef.fetch("http-access-control-expose-headers", "3.3.3 HTTP responses");

    private ExposeRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("expose", "Exposed response headers", SECTION, List.of(
                Rule.of("expose.lists-read-headers", SHOULD, ACEH,
                        "Response headers the client reads are listed in Access-Control-Expose-Headers",
                        "Script reads unlisted headers (ETag, Location, X-Total-Count) as null, with no error")
                        .labels("R-EXPOSE-01", "R-EXPOSE-02").detectedBy(Detection.POLICY)
                        .notGraded("which response headers the client code reads only that code knows; the declared "
                                + "exposedHeaders are graded by policy.declared-exposed-headers"),
                Rule.of("expose.syntax", MUST, SpecRef.fetch("http-new-header-syntax", "3.3.4 HTTP new-header syntax"),
                        "Access-Control-Expose-Headers is a comma-separated list of header names",
                        "A value that does not parse exposes nothing")
                        .labels("R-EXPOSE-02", "R-SYNTAX-01")
                        .checkedBy("HeaderInvariants"),
                Rule.of("expose.wildcard-literal-with-credentials", MUST,
                        SpecRef.fetch("concept-main-fetch", "4.1 Main fetch"),
                        "A credentialed response names its exposed headers; `*` exposes only a header named `*`",
                        "The wildcard works only for requests without credentials")
                        .labels("R-EXPOSE-03").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"),
                Rule.of("expose.on-actual-response", SHOULD, ACEH,
                        "Access-Control-Expose-Headers is sent on actual responses, not only on preflights",
                        "On a preflight response it has no effect")
                        .labels("R-PFRESP-09")
                        .checkedBy("ExposeChecks", "ExposeChecksTests"),
                Rule.of("expose.set-cookie-never", INFO,
                        SpecRef.fetch("forbidden-response-header-name", "2.2.2 Headers"),
                        "Listing Set-Cookie in Access-Control-Expose-Headers exposes nothing",
                        "Set-Cookie and Set-Cookie2 are never readable from script")
                        .labels("R-FORBID-02")
                        .checkedBy("ExposeChecks", "ExposeChecksTests")));
    }
}
