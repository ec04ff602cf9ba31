package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.Optional;

/** Run every per-scenario check, in a fixed order, on one scenario's wire results: one finding per rule and engine. */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        if (run.failure().isPresent()) {
            f.error(KitRules.TARGET_REACHABLE.id(), run, Engine.WIRE, run.failure().get(), EvidenceMapper.of(run));
            return;
        }
        f.scenario(each -> {
            HeaderInvariants.check(run, each);
            AcaoPresence.check(run, each);
            PreflightChecks.check(run, each);
            PreflightCacheChecks.check(run, policy, each);
            policy.ifPresent(p -> OutcomeChecks.check(run, p, each));
            SecurityLints.check(run, policy, each);
            MalformedOrigins.check(run, each);
            RedirectChecks.check(run, each);
            PreflightListChecks.check(run, each);
            CsrfChecks.check(run, each);
            ExposeChecks.check(run, each);
            CookieChecks.check(run, each);
            PreflightCacheHeaders.check(run, each);
            CorpChecks.check(run, each);
            RecordedFacts.check(run, each);
            PolicyStatusChecks.check(run, each);
        });
    }
}
