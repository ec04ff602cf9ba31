package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.harness.Observation;
import dev.corstck.reports.model.Disagreement;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.Prediction;
import java.util.Optional;

/**
 * What a real browser's observation decides: whether it agrees with the simulator's prediction on the target's real
 * responses (a kit-level finding when not), and, with a policy, the scenario's outcome rule in that engine.
 */
final class BrowserChecks {

    /** How one observation compared with the simulator. */
    sealed interface Comparison {
        /** Compared: agreed or not. */
        record Compared(boolean agreed, Optional<Disagreement> disagreement) implements Comparison {
        }

        /** Not compared: the browser did not run the call (skipped or error). */
        record NotCompared() implements Comparison {
        }
    }

    private BrowserChecks() {
    }

    static Comparison check(ScenarioRun run, BrowserEngine engine, Observation o, Optional<GradingPolicy> policy,
            Findings f) {
        String kit = KitRules.SIMULATOR_BROWSER_AGREEMENT.id();
        Engine who = Engine.of(engine);
        Prediction predicted = run.actual().get(dev.corstck.tck.simulator.Engine.of(engine));
        Evidence evidence = (predicted == null ? EvidenceMapper.of(run) : EvidenceMapper.of(run, predicted))
                .withObservation(BrowserCalls.toReport(o));
        if (!o.outcome().isCorsResult() || predicted == null) {
            String reason = o.detail().isBlank() ? "the browser did not run the call" : o.detail();
            Verdict v = o.outcome() == dev.corstck.harness.Outcome.SKIPPED ? Verdict.SKIPPED : Verdict.ERROR;
            f.verdict(kit, run, who, v, reason, "the call runs in " + engine.id(), o.outcome() + ": " + reason, evidence);
            return new Comparison.NotCompared();
        }
        boolean agreed = o.outcome().corsOutcome().equals(Optional.of(predicted.outcome()))
                && (predicted.outcome() != Outcome.CORS_OK || predicted.status() == o.status());
        String exp = "the simulator (" + engine.id() + " profile) predicted " + predicted.outcome()
                + (predicted.outcome() == Outcome.CORS_OK ? " " + predicted.status() : "");
        String act = engine.id() + " showed " + o.outcome() + (o.outcome() == dev.corstck.harness.Outcome.CORS_OK ? " " + o.status() : "")
                + o.jsError().map(e -> " (" + e + ")").orElse("");
        f.verdict(kit, run, who, agreed ? Verdict.PASS : Verdict.ERROR, agreed ? "" : "kit disagreement: a simulator "
                + "bug or an undocumented browser difference; verdicts on this scenario need a look", exp, act, evidence);
        // A browser that disagrees with the simulator proves something about the kit, not the target: no verdict.
        if (agreed && policy.isPresent()) {
            outcome(run, engine, o, predicted, evidence, f);
        }
        return new Comparison.Compared(agreed, agreed ? Optional.empty() : Optional.of(new Disagreement(
                run.scenario().id(), predicted.outcome().name(), o.outcome().name(), act)));
    }

    /** The scenario's outcome rule as this browser shows it, against what the policy requires of the request. */
    private static void outcome(ScenarioRun run, BrowserEngine engine, Observation o, Prediction onTarget,
            Evidence evidence, Findings f) {
        Requirement required = run.requirement();
        Optional<BlockReason> blocked = onTarget.block().map(Block::reason);
        if (blocked.filter(BlockReason::isBeforeCors).isPresent() && !(required instanceof Requirement.Either)) {
            String rule = OutcomeChecks.rule(required, Optional.empty());
            f.verdict(rule, run, Engine.of(engine), Verdict.SKIPPED, engine.id() + " blocks this call before "
                    + "CORS runs (" + blocked.get() + ": an https page calling an http target), whatever the server "
                    + "answers: no verdict about the target in " + engine.id(), required.why(),
                    o.outcome() + " in " + engine.id(), evidence);
            return;
        }
        boolean readable = o.outcome() == dev.corstck.harness.Outcome.CORS_OK;
        String act = o.outcome() + " in " + engine.id() + (o.console().isEmpty() ? "" : ": " + o.console().get(0));
        String rule = OutcomeChecks.rule(required, onTarget.block().map(Block::reason));
        if (required instanceof Requirement.MustShare) {
            f.judge(rule, run, Engine.of(engine), !readable, "readable in " + engine.id() + ": "
                    + required.why(), act, evidence);
        } else if (required instanceof Requirement.MustRefuse) {
            f.judge(rule, run, Engine.of(engine), readable, "not readable in " + engine.id() + ": "
                    + required.why(), act, evidence);
        } else if (required instanceof Requirement.Either either && readable && OutcomeChecks.isPermissive(either)) {
            f.verdict(either.latitude() == Requirement.Latitude.METHOD_NOT_DECLARED ? "policy.declared-methods-allowed"
                    : "policy.declared-headers-allowed", run, Engine.of(engine), Verdict.INFO,
                    "the target allows more than the policy declares", "either: " + required.why(), act, evidence);
        }
    }
}
