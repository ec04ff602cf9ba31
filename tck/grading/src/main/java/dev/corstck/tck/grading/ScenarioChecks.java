package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.Optional;

/** Run every per-scenario check of {@link GradingChecks}, in its order, on one scenario's wire results: one finding per rule and engine. */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        if (run.failure().isPresent()) {
            f.declaredBy(GradingChecks.SCENARIO_RUNNER).judge(KitRules.TARGET_REACHABLE, run)
                    .by(Engine.WIRE)
                    .evidence(EvidenceMapper.of(run))
                    .error(run.failure().get());
            return;
        }
        f.scenario(each -> GradingChecks.PER_SCENARIO.forEach(c -> c.run().check(run, policy, each.declaredBy(c))));
    }
}
