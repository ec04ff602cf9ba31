package dev.corstck.tck.engine.descriptor;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.text.EvidenceText;
import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.execution.GradedFinding;
import dev.corstck.tck.engine.execution.ResultTree;
import dev.corstck.tck.engine.execution.TestOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One test: a rule on one scenario in one engine. Its {@link MethodSource} names the class and
 * {@code <rule> [<scenario> @ <engine>]}, which Surefire needs to name and count dynamic tests one by one
 * (with a class source it collapses them into one). Evidence (exchanges, browser observation, simulator explanation) is published as a report
 * entry for every finding that is not a plain PASS.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final GradedFinding graded;
    private final TestOutcome outcome;
    private final String legacyName;

    ScenarioDescriptor(UniqueId ruleId, GradedFinding graded, String className) {
        this(ruleId.append(Segments.SCENARIO, graded.key()), graded, className, legacyName(graded.finding()));
    }

    private ScenarioDescriptor(UniqueId id, GradedFinding graded, String className, String legacyName) {
        super(id, graded.finding().scenarioId() + " @ " + graded.finding().engine().id(),
                MethodSource.from(className, legacyName));
        this.graded = graded;
        this.outcome = TestOutcome.of(graded);
        this.legacyName = legacyName;
    }

    private static String legacyName(Finding f) {
        return f.ruleId() + " [" + f.scenarioId() + " @ " + f.engine().id() + "]";
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    /** What this test's finding means for it. */
    public TestOutcome outcome() {
        return outcome;
    }

    @Override
    public SkipResult shouldBeSkipped(CorsExecutionContext context) {
        return outcome instanceof TestOutcome.Skipped s ? SkipResult.skip(s.reason()) : SkipResult.doNotSkip();
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) {
        Finding f = graded.finding();
        if (f.verdict() != Verdict.PASS || graded.known().isPresent()) {
            context.listener().reportingEntryPublished(this, ReportEntry.from(entries(f)));
        }
        outcome.raise();
        return context;
    }

    private Map<String, String> entries(Finding f) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("verdict", f.verdict().name() + (f.reason().isBlank() ? "" : ": " + f.reason()));
        graded.known().ifPresent(e -> out.put("baseline", "known failure, line " + e.line() + ": " + e.toLine()));
        out.put("spec", ResultTree.anchor(f) + " " + f.specUrl());
        out.put("evidence", EvidenceText.render(f));
        out.values().removeIf(String::isBlank);
        return out;
    }
}
