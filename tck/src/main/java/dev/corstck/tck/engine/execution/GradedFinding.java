package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The findings of one rule on one scenario in one engine (usually one; two when the rule was checked on both the
 * preflight and the actual response), with what the baseline says about them.
 *
 * @param findings the findings, in the order the grader decided them; never empty, all with the same key
 * @param known    the baseline entry that lists them as a known failure, when they fail and one does
 * @param recorded whether this run records them into the baseline ({@code cors.tck.baseline.update=true})
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record GradedFinding(List<Finding> findings, Optional<BaselineEntry> known, boolean recorded) {

    public GradedFinding {
        findings = List.copyOf(findings);
        Objects.requireNonNull(known, "known must not be null");
        if (findings.isEmpty() || findings.stream().map(Finding::key).distinct().count() != 1) {
            throw new IllegalArgumentException("findings must share one rule, scenario and engine: " + findings);
        }
    }

    /** One finding with its baseline status. */
    public GradedFinding(Finding finding, Optional<BaselineEntry> known, boolean recorded) {
        this(List.of(finding), known, recorded);
    }

    /** The finding that decides the test: the most severe, the first of equals. */
    public Finding finding() {
        return findings.stream().max(Comparator.comparingInt(f -> f.verdict().severity())).orElseThrow();
    }

    /** The findings with the deciding verdict. */
    public List<Finding> deciding() {
        Verdict verdict = finding().verdict();
        return findings.stream().filter(f -> f.verdict() == verdict).toList();
    }

    /** The test's unique-ID value: {@code <scenario-id>@<engine>}. */
    public String key() {
        return findings.get(0).scenarioId() + "@" + findings.get(0).engine().id();
    }
}
