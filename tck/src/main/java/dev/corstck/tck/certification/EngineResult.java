package dev.corstck.tck.certification;

import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one engine made of one configuration: the verdict, the counts behind it and the simulator's agreement.
 *
 * @param verdict   the verdict over this engine's findings and the wire and simulator ones
 * @param fail      FAIL findings
 * @param warn      WARN findings
 * @param pass      PASS findings
 * @param agreement the simulator's agreement with this engine
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineResult(MatrixVerdict verdict, int fail, int warn, int pass, Agreement agreement) {

    public EngineResult {
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(agreement, "agreement must not be null");
    }

    /** Summarise an engine's view of a grade (see {@link EngineViews}). */
    public static EngineResult of(TargetReport view) {
        Summary summary = view.summary();
        int scenarios = view.agreement().stream().mapToInt(EngineAgreement::scenarios).sum();
        int agreed = view.agreement().stream().mapToInt(EngineAgreement::agreed).sum();
        return new EngineResult(MatrixVerdict.of(view.conformance()), summary.count(Verdict.FAIL),
                summary.count(Verdict.WARN), summary.count(Verdict.PASS), new Agreement(scenarios, agreed));
    }

    /** The result of a configuration that could not be graded (it did not build or start). */
    public static EngineResult notGraded() {
        return new EngineResult(MatrixVerdict.INCONCLUSIVE, 0, 0, 0, new Agreement(0, 0));
    }
}
