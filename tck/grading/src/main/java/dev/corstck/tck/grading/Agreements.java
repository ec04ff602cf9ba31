package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.Observation;
import dev.corstck.reports.model.Disagreement;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Grade one engine's observations and count how often it agreed with the simulator. */
final class Agreements {

    private Agreements() {
    }

    static EngineAgreement of(BrowserEngine engine, List<ScenarioRun> runs, Map<String, Observation> observed,
            Optional<GradingPolicy> policy, Findings f) {
        int compared = 0;
        int agreed = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (ScenarioRun run : runs) {
            Observation o = observed.get(run.scenario().id());
            if (o == null) {
                continue;
            }
            if (BrowserChecks.check(run, engine, o, policy, f) instanceof BrowserChecks.Comparison.Compared c) {
                compared++;
                agreed += c.agreed() ? 1 : 0;
                c.disagreement().ifPresent(disagreements::add);
            }
        }
        return new EngineAgreement(dev.corstck.reports.model.Engine.of(engine), compared, agreed, disagreements);
    }
}
