package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.Finding;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What a finding means for its test: only a FAIL that the baseline does not know fails it. A known or recorded
 * failure and an ERROR (unreachable target, browser that could not run) abort it; SKIPPED skips it with the reason;
 * PASS, WARN and INFO pass, WARN and INFO with a report entry saying so.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public sealed interface TestOutcome {

    /** The test passes. */
    record Passed() implements TestOutcome {
    }

    /** The test is skipped, never started: the rule or engine did not apply. */
    record Skipped(String reason) implements TestOutcome {
    }

    /** The test started and was aborted: nothing about conformance can be concluded, or the failure is known. */
    record Aborted(String reason) implements TestOutcome {
    }

    /** The test fails: non-conformance, with expected and actual for the IDE's diff. */
    record Failed(String message, String expected, String actual) implements TestOutcome {
    }

    /** Decide the outcome of {@code graded}. */
    static TestOutcome of(GradedFinding graded) {
        Finding f = graded.finding();
        return switch (f.verdict()) {
            case PASS, WARN, INFO -> new Passed();
            case SKIPPED -> new Skipped(f.reason());
            case ERROR -> new Aborted("not graded: " + f.reason());
            case FAIL -> graded.known().map(e -> (TestOutcome) new Aborted(knownReason(e, f)))
                    .orElseGet(() -> graded.recorded()
                            ? new Aborted("recorded in the baseline (cors.tck.baseline.update=true): " + headline(f))
                            : new Failed(message(f), f.expected(), f.actual()));
        };
    }

    /** Throw what the outcome stands for, if anything. */
    default void raise() {
        if (this instanceof Aborted a) {
            throw new TestAbortedException(a.reason());
        }
        if (this instanceof Failed f) {
            throw new AssertionFailedError(f.message(), f.expected(), f.actual());
        }
    }

    /** The h2spec-style message: rule and title, scenario, Expected and Actual, and the Fetch anchor. */
    static String message(Finding f) {
        return headline(f) + "\n  Scenario: " + f.scenarioId() + " @ " + f.engine().id()
                + (f.scenarioTitle().isBlank() ? "" : " (" + f.scenarioTitle() + ")")
                + "\n  Expected: " + f.expected() + "\n  Actual:   " + f.actual()
                + "\n  See " + ResultTree.anchor(f) + ": " + f.specUrl();
    }

    private static String headline(Finding f) {
        return f.ruleId() + ": " + f.ruleTitle();
    }

    private static String knownReason(BaselineEntry e, Finding f) {
        return "known failure (baseline" + (e.line() > 0 ? " line " + e.line() : "") + ")"
                + (e.reason().isBlank() ? "" : ": " + e.reason()) + " | " + headline(f) + " | Actual: " + f.actual();
    }
}
