package dev.corstck.tck.grading;

import dev.corstck.tck.policy.ImplementationRemedies;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.simulator.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Decide verdicts from rule levels and hand the findings on: MUST and SECURITY rules FAIL when violated, SHOULD rules
 * WARN (FAIL with {@code --strict}), INFO rules only report what they saw. Rules the request does not select are
 * dropped here, so checks never need to ask.
 */
final class Findings {

    private final GradeRequest request;
    private final Consumer<Finding> sink;
    private final ImplementationRemedies remedies;
    private final BiConsumer<String, String> console;

    Findings(GradeRequest request, Consumer<Finding> sink) {
        this(request, sink, (scenario, line) -> { });
    }

    /** Findings handed to {@code sink}; each failing scenario's predicted console line to {@code console}. */
    Findings(GradeRequest request, Consumer<Finding> sink, BiConsumer<String, String> console) {
        this.request = request;
        this.sink = sink;
        this.console = console;
        this.remedies = ImplementationRemedies.of(request.policy() instanceof PolicySource.Declared d
                ? d.policy().implementation() : java.util.Optional.empty());
    }

    /**
     * Run one scenario's {@code checks}, then hand on their findings folded by key (see {@link FindingFold}): a rule
     * checked on several responses of the scenario is one finding.
     */
    void scenario(Consumer<Findings> checks) {
        List<Finding> decided = new ArrayList<>();
        checks.accept(new Findings(request, decided::add, remedies, console));
        FindingFold.byKey(decided).forEach(sink);
    }

    private Findings(GradeRequest request, Consumer<Finding> sink, ImplementationRemedies remedies,
            BiConsumer<String, String> console) {
        this.request = request;
        this.sink = sink;
        this.remedies = remedies;
        this.console = console;
    }

    /** Grade {@code ruleId} on {@code run}: PASS, or the level's verdict for a violation. */
    void judge(String ruleId, ScenarioRun run, Engine engine, boolean violated, String expected, String actual) {
        judge(ruleId, run, engine, violated, expected, actual, EvidenceMapper.of(run));
    }

    void judge(String ruleId, ScenarioRun run, Engine engine, boolean violated, String expected, String actual,
            Evidence evidence) {
        Rule rule = KitRules.get(ruleId);
        Verdict verdict = violated ? violation(rule) : Verdict.PASS;
        if (rule.level() == dev.corstck.tck.catalog.Level.INFO && !violated) {
            return; // INFO rules grade nothing: they only report what they saw
        }
        emit(rule, run, engine, verdict, "", expected, actual, evidence);
    }

    /** Report {@code ruleId} with an explicit verdict and reason (WARN for a declared opt-in, INFO, SKIPPED). */
    void verdict(String ruleId, ScenarioRun run, Engine engine, Verdict verdict, String reason, String expected,
            String actual, Evidence evidence) {
        emit(KitRules.get(ruleId), run, engine, verdict, reason, expected, actual, evidence);
    }

    /** Report that {@code ruleId} could not be graded on {@code run}, and why. */
    void error(String ruleId, ScenarioRun run, Engine engine, String reason, Evidence evidence) {
        emit(KitRules.get(ruleId), run, engine, Verdict.ERROR, reason, "a response to grade", "none: " + reason,
                evidence);
    }

    /** What Chromium's console prints for the prediction; empty when nothing blocks the response. */
    private static String consoleLine(Prediction prediction) {
        return prediction.block().map(b -> b.console().of(dev.corstck.tck.simulator.Engine.CHROMIUM))
                .map(lines -> "Chromium: " + (lines.isEmpty() ? dev.corstck.tck.simulator.Engine.CHROMIUM.networkErrorText()
                        : String.join(" ", lines))).orElse("");
    }

    private Verdict violation(Rule rule) {
        return switch (rule.level()) {
            case MUST, SECURITY -> Verdict.FAIL;
            case SHOULD -> request.strict() ? Verdict.FAIL : Verdict.WARN;
            case INFO -> Verdict.INFO;
        };
    }

    private void emit(Rule rule, ScenarioRun run, Engine engine, Verdict verdict, String reason, String expected,
            String actual, Evidence evidence) {
        if (!request.selects(rule.id())) {
            return;
        }
        if (verdict == Verdict.FAIL || verdict == Verdict.WARN) {
            run.actualSpec().ifPresent(p -> console.accept(run.scenario().id(), consoleLine(p)));
        }
        sink.accept(Finding.builder()
                .rule(rule.id(), rule.title(), Level.valueOf(rule.level().name()), rule.spec().url())
                .scenario(run.scenario().id(), run.scenario().title())
                .engine(engine).verdict(verdict).reason(reason).expectedActual(expected, actual).evidence(evidence)
                .remedy(verdict == Verdict.FAIL || verdict == Verdict.WARN ? remedies.forRule(rule.id()).orElse("")
                        : "")
                .build());
    }
}
