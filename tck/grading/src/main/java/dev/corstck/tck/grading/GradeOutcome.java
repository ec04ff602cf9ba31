package dev.corstck.tck.grading;

import dev.corstck.reports.model.EngineAgreement;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a grading streamed to its listener ended ({@link Grader#gradeStreamed}): everything but the findings, which
 * went to the listener as they were decided.
 *
 * @param complete  whether every scenario was graded (no scenario cut the run short, the grading was not interrupted)
 * @param agreement each browser engine's agreement with the simulator; empty without browsers
 * @param stats     how the run went, as {@link GradingListener#finished} was told
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GradeOutcome(boolean complete, List<EngineAgreement> agreement, GradingStats stats) {

    public GradeOutcome {
        agreement = List.copyOf(agreement);
        Objects.requireNonNull(stats, "stats must not be null");
    }
}
