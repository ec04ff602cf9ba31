package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.Finding;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The finding of one rule on one scenario in one engine, with what the baseline says about it. The grader gives one
 * finding per rule, scenario and engine (a rule checked on the preflight and the actual response is already folded
 * into one), so each finding is one test.
 *
 * @param finding  the finding
 * @param known    the baseline entry that lists it as a known failure, when it fails and one does
 * @param recorded whether this run records it into the baseline ({@code cors.tck.baseline.update=true})
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record GradedFinding(Finding finding, Optional<BaselineEntry> known, boolean recorded) {

    public GradedFinding {
        Objects.requireNonNull(finding, "finding must not be null");
        Objects.requireNonNull(known, "known must not be null");
    }

    /** The test's unique-ID value: {@code <scenario-id>@<engine>}. */
    public String key() {
        return finding.scenarioId() + "@" + finding.engine().id();
    }
}
