package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.Optional;

/** Run every per-scenario check, in a fixed order, on one scenario's wire results. */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        if (run.failure().isPresent()) {
            f.error(KitRules.TARGET_REACHABLE.id(), run, Engine.WIRE, run.failure().get(), EvidenceMapper.of(run));
            return;
        }
        HeaderInvariants.check(run, f);
        AcaoPresence.check(run, f);
        PreflightChecks.check(run, f);
        PreflightCacheChecks.check(run, policy, f);
        policy.ifPresent(p -> OutcomeChecks.check(run, p, f));
        SecurityLints.check(run, f);
    }
}
