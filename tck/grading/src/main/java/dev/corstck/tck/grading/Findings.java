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
    /**
     * Whose remedies a FAIL or WARN carries: read (a YAML file, once per JVM) when the first one is judged, so a
     * grade with neither does not parse it on its way to the first probe.
     */
    private final java.util.Optional<String> implementation;
    private final BiConsumer<String, String> console;
    private final java.util.Optional<Check> declaring;

    Findings(GradeRequest request, Consumer<Finding> sink) {
        this(request, sink, (scenario, line) -> { });
    }

    /** Findings handed to {@code sink}; each failing scenario's predicted console line to {@code console}. */
    Findings(GradeRequest request, Consumer<Finding> sink, BiConsumer<String, String> console) {
        this.request = request;
        this.sink = sink;
        this.console = console;
        this.declaring = java.util.Optional.empty();
        this.implementation = request.policy().declared().flatMap(p -> p.implementation());
    }

    /**
     * Run one scenario's {@code checks}, then hand on their findings folded by key (see {@link FindingFold}): a rule
     * checked on several responses of the scenario is one finding.
     */
    void scenario(Consumer<Findings> checks) {
        List<Finding> decided = new ArrayList<>();
        checks.accept(new Findings(request, decided::add, implementation, console, declaring));
        FindingFold.byKey(decided).forEach(sink);
    }

    private Findings(GradeRequest request, Consumer<Finding> sink, java.util.Optional<String> implementation,
            BiConsumer<String, String> console, java.util.Optional<Check> declaring) {
        this.request = request;
        this.sink = sink;
        this.implementation = implementation;
        this.console = console;
        this.declaring = declaring;
    }

    /**
     * Return findings for {@code check} alone: judging a rule it does not declare in {@link GradingChecks} throws, so
     * the registry's {@code checkedBy} cannot drift from what the checks do.
     */
    Findings declaredBy(Check check) {
        return new Findings(request, sink, implementation, console, java.util.Optional.of(check));
    }

    /** Start judging {@code rule} on {@code run}; see {@link Judgement}. */
    Judgement judge(Rule rule, ScenarioRun run) {
        return new Judgement(this, rule, run);
    }

    void decide(Judgement j, boolean violated) {
        Rule rule = j.rule();
        if (rule.level() == dev.corstck.tck.catalog.Level.INFO && !violated) {
            return; // INFO rules grade nothing: they only report what they saw
        }
        report(j, violated ? violation(rule) : Verdict.PASS, "");
    }

    void report(Judgement j, Verdict verdict, String reason) {
        emit(j.rule(), j.run(), j.engine(), verdict, reason, j.expectedText(), j.actualText(),
                j.evidenceOr(() -> EvidenceMapper.of(j.run())));
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
        declaring.filter(c -> !c.decides().contains(rule)).ifPresent(c -> {
            throw new IllegalStateException(c.name() + " judged " + rule.id() + ", which it does not declare in "
                    + "GradingChecks");
        });
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
                .remedy(verdict == Verdict.FAIL || verdict == Verdict.WARN
                        ? ImplementationRemedies.of(implementation).forRule(rule.id()).orElse("") : "")
                .build());
    }
}
