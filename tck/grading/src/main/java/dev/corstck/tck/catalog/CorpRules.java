package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;

import java.util.List;

/** Rules from Fetch §3.6 {@code X-Content-Type-Options} and §3.7 {@code Cross-Origin-Resource-Policy}. */
final class CorpRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("cross-origin-resource-policy-header", "3.7 `Cross-Origin-Resource-Policy` header");

    private CorpRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("corp", "Cross-Origin-Resource-Policy and no-cors reads", SECTION, List.of(
                Rule.of("corp.value-valid", INFO,
                        SpecRef.fetch("http-cross-origin-resource-policy", "3.7 `Cross-Origin-Resource-Policy` header"),
                        "Cross-Origin-Resource-Policy, when sent, is exactly same-origin, same-site or cross-origin",
                        "Other values count as absent; COEP pages need `cross-origin` to embed no-cors resources")
                        .labels("R-CORP-01", "R-COEP-01")
                        .checkedBy("CorpChecks", "RecordedFactsTests"),
                Rule.of("corp.nosniff-json", INFO,
                        SpecRef.fetch("x-content-type-options-header", "3.6 `X-Content-Type-Options` header"),
                        "JSON responses carry their real Content-Type and X-Content-Type-Options: nosniff",
                        "That lets browsers block no-cors reads of the data (ORB/CORB) that CORS never guarded")
                        .labels("R-NOCORS-04")
                        .checkedBy("CorpChecks")));
    }
}
