package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Rule;
import java.util.Objects;

/**
 * Build one judgement of a rule on a scenario run, named part by part instead of by position: who judged, what was
 * expected, what was seen, and then whether the rule was violated ({@link #violatedIf}) or an explicit verdict
 * ({@link #report}, {@link #error}). Nothing is handed on until one of those three is called.
 */
final class Judgement {

    private final Findings findings;
    private final Rule rule;
    private final ScenarioRun run;
    private Engine engine;
    private String expected = "";
    private String actual = "";
    private Evidence evidence;

    Judgement(Findings findings, Rule rule, ScenarioRun run) {
        this.findings = findings;
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
        this.run = Objects.requireNonNull(run, "run must not be null");
    }

    /** Name the engine that judged: the wire, the simulator, or a browser. */
    Judgement by(Engine judge) {
        this.engine = Objects.requireNonNull(judge, "judge must not be null");
        return this;
    }

    /** Say what the rule requires here, in the report's words. */
    Judgement expected(String text) {
        this.expected = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Say what the target did. */
    Judgement actual(String text) {
        this.actual = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /** Cite {@code cited} instead of the run's own exchanges. */
    Judgement evidence(Evidence cited) {
        this.evidence = Objects.requireNonNull(cited, "cited must not be null");
        return this;
    }

    /** Finish: PASS, or the rule level's verdict when {@code violated}. */
    void violatedIf(boolean violated) {
        findings.decide(this, violated);
    }

    /** Finish with an explicit verdict and its reason (WARN for a declared opt-in, INFO, SKIPPED). */
    void report(Verdict verdict, String reason) {
        findings.report(this, verdict, reason);
    }

    /** Finish with ERROR: the rule could not be graded on the run, and {@code why}, by kind. */
    void error(NoResponse why) {
        this.expected = "a response to grade";
        this.actual = "none (" + why.kind() + "): " + why.describe();
        findings.report(this, Verdict.ERROR, why.describe());
    }

    Rule rule() {
        return rule;
    }

    ScenarioRun run() {
        return run;
    }

    Engine engine() {
        if (engine == null) {
            throw new IllegalStateException("judgement of " + rule.id() + " names no engine: call by(engine)");
        }
        return engine;
    }

    String expectedText() {
        return expected;
    }

    String actualText() {
        return actual;
    }

    Evidence evidenceOr(java.util.function.Supplier<Evidence> fallback) {
        return evidence != null ? evidence : fallback.get();
    }
}
