package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §3.2 The {@code Origin} header. */
final class OriginRules {

    private static final SpecRef SECTION = SpecRef.fetch("origin-header", "3.2 `Origin` header");

    private OriginRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("origin", "The Origin header", SECTION, List.of(
                Rule.of("origin.null-handling", INFO, SpecRef.fetch("serializing-a-request-origin", "2.2.5 Requests"),
                        "How the target answers `Origin: null` is recorded",
                        "Sandboxed frames, data: documents and redirect-tainted requests all send `null`")
                        .labels("R-ORIGIN-04")
                        .checkedBy("RecordedFacts", "RecordedFactsTests"),
                Rule.of("origin.sent-without-cors", INFO,
                        SpecRef.fetch("append-a-request-origin-header", "3.2 `Origin` header"),
                        "The server does not take an Origin header as proof of a cross-origin request",
                        "Same-origin POSTs carry Origin too, and same-origin GETs carry none")
                        .labels("R-ORIGIN-03").detectedBy(Detection.OPERATOR)
                        .notGraded("how the server uses Origin behind its CORS answer (as proof of a cross-origin "
                                + "call) does not show on the wire"),
                Rule.of("origin.local-network-access", INFO, SpecRef.fetch("concept-main-fetch", "4.1 Main fetch"),
                        "An API on a loopback or private address is not relied on from public pages",
                        "Chromium gates such requests behind a Local Network Access permission before CORS runs")
                        .labels("R-LNA-01", "R-ORIGIN-06").detectedBy(Detection.OPERATOR)
                        .notGraded("depends on where the API is deployed and which pages call it; the kit probes "
                                + "from loopback"),
                Rule.of("origin.malformed-no-server-error", SHOULD, SECTION,
                        "A malformed Origin value (not a serialized origin) gets a refusal, never a server error",
                        "Any client can send these bytes; a 5xx shows the CORS layer crashing on input instead of "
                                + "treating the value as an origin it does not allow")
                        .checkedBy("MalformedOrigins")));
    }
}
