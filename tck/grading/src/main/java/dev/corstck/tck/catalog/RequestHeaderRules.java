package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;

import java.util.List;

/** Rules from Fetch §2.2.2 Headers: what the CORS-safelisted request-header definitions ask of a server. */
final class RequestHeaderRules {

    private static final SpecRef SECTION = SpecRef.fetch("terminology-headers", "2.2.2 Headers");
    private static final SpecRef SAFELISTED = SpecRef.fetch("cors-safelisted-request-header", "2.2.2 Headers");

    private RequestHeaderRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("request-headers", "Request headers", SECTION, List.of(
                Rule.of("request-headers.long-safelisted-values", INFO, SAFELISTED,
                        "Clients that send safelisted headers over 128 bytes (1024 in total) get them allowed in "
                                + "Access-Control-Allow-Headers",
                        "Past those limits Accept or Content-Language become CORS-unsafe and need a preflight")
                        .labels("R-REQHDR-02", "R-REQHDR-03").detectedBy(Detection.POLICY)
                        .notGraded("depends on the values the owner's clients send: the kit's calls send no "
                                + "safelisted header over the limits, and the simulator models the limits "
                                + "(SIMULATOR.md)"),
                Rule.of("request-headers.range-forms", INFO, SpecRef.fetch("simple-range-header-value", "2.2.2 Headers"),
                        "Ranged-media APIs answer preflights for suffix and multi-range Range requests",
                        "Only `bytes=N-` and `bytes=N-M` are safelisted; every other Range form is preflighted")
                        .labels("R-REQHDR-06").detectedBy(Detection.POLICY)
                        .notGraded("only ranged-media APIs answer Range, and the policy file cannot declare one, so "
                                + "the kit sends no Range request"),
                Rule.of("request-headers.report-content-types", INFO,
                        SpecRef.fetch("cors-protocol-exceptions", "3.3.7 CORS protocol exceptions"),
                        "Report endpoints accept unpreflighted cross-origin POSTs of report content types",
                        "Browsers send CSP and similar reports without a preflight, whatever CORS allows")
                        .labels("R-REQHDR-08").detectedBy(Detection.OPERATOR)
                        .notGraded("an operator practice: which endpoints receive CSP and other reports is not in "
                                + "the policy file")));
    }
}
