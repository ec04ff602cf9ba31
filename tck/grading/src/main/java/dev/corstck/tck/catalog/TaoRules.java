package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;

import java.util.List;

/** Rules from Fetch §4.11 TAO check. */
final class TaoRules {

    private static final SpecRef SECTION = SpecRef.fetch("tao-check", "4.11 TAO check");

    private TaoRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("tao", "Timing-Allow-Origin", SECTION, List.of(
                Rule.of("tao.timing-allow-origin", INFO, SpecRef.fetch("concept-tao-check", "4.11 TAO check"),
                        "Whether Timing-Allow-Origin grants the page detailed resource timing is recorded",
                        "It never blocks a fetch; without it cross-origin timing data is zeroed")
                        .labels("R-TAO-01")
                        .checkedBy("RecordedFacts", "RecordedFactsTests")));
    }
}
