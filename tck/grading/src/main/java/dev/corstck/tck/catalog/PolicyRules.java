package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/**
 * Rules that compare the target with its owner's policy (declared in a policy file, or inferred by discovery and
 * kept by the user): Fetch says what a browser does with the headers; the policy says which headers were meant.
 */
final class PolicyRules {

    private static final SpecRef SECTION = SpecRef.fetch("http-cors-protocol", "3.3 CORS protocol");

    private PolicyRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("policy", "Conformance to the declared policy", SECTION, List.of(
                declared("policy.declared-origin-allowed", MUST, SpecRef.fetch("concept-cors-check", "4.10 CORS check"),
                        "Each origin the policy allows gets access on each endpoint",
                        "A legitimate front end that is refused breaks in every browser")
                        .checkedBy("OutcomeChecks"),
                declared("policy.undeclared-origin-refused", MUST, SpecRef.fetch("concept-cors-check", "4.10 CORS check"),
                        "Origins the policy does not allow get no access",
                        "Every extra origin can read the responses")
                        .checkedBy("OutcomeChecks"),
                declared("policy.declared-methods-allowed", MUST,
                        SpecRef.fetch("cors-preflight-fetch-0", "4.8 CORS-preflight fetch"),
                        "Each method the policy allows passes the preflight",
                        "An unlisted method fails before the request is sent")
                        .checkedBy("OutcomeChecks"),
                declared("policy.declared-headers-allowed", MUST,
                        SpecRef.fetch("cors-preflight-fetch-0", "4.8 CORS-preflight fetch"),
                        "Each request header the policy allows passes the preflight",
                        "One refused header fails the whole call")
                        .checkedBy("OutcomeChecks"),
                declared("policy.declared-exposed-headers", MUST,
                        SpecRef.fetch("http-access-control-expose-headers", "3.3.3 HTTP responses"),
                        "Each response header the policy exposes is readable by script",
                        "Unexposed headers read as null")
                        .checkedBy("OutcomeChecks"),
                declared("policy.declared-credentials", MUST,
                        SpecRef.fetch("http-access-control-allow-credentials", "3.3.3 HTTP responses"),
                        "Credentials are allowed exactly when the policy says so",
                        "Missing: cookie sessions break; extra: more is shared than intended")
                        .checkedBy("OutcomeChecks", "ReferenceProfilesTests"),
                declared("policy.declared-max-age", SHOULD,
                        SpecRef.fetch("http-access-control-max-age", "3.3.3 HTTP responses"),
                        "Preflight responses carry the policy's max-age",
                        "A different value changes how often browsers preflight")
                        .checkedBy("PreflightCacheChecks"),
                declared("policy.endpoint-status", INFO, SpecRef.fetch("http-responses", "3.3.3 HTTP responses"),
                        "A legitimate call to each endpoint gets the status the policy file expects",
                        "A different status usually means the probe, not CORS, is off: wrong path or missing auth")
                        .checkedBy("PolicyStatusChecks", "RecordedFactsTests"),
                declared("policy.options-success-status", INFO, SpecRef.fetch("ok-status", "2.2.3 Statuses"),
                        "Successful preflights get the policy's optionsSuccessStatus",
                        "Some legacy clients choke on 204; any ok status satisfies browsers")
                        .checkedBy("PolicyStatusChecks", "RecordedFactsTests")));
    }

    private static Rule declared(String id, Level level, SpecRef spec, String title, String why) {
        return Rule.of(id, level, spec, title, why).detectedBy(Detection.POLICY);
    }
}
