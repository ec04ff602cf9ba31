package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A class after grading: the target's report, its findings arranged for the test tree, the baseline entries that are
 * fixed now, and the report files written.
 *
 * @param report      the target's report
 * @param scenarios   how many scenarios were graded
 * @param sections    the findings by section and rule
 * @param browsers    whether each configured browser took part
 * @param fixed       baseline entries whose findings all pass now
 * @param reportFiles the files written into the report directory
 * @param reportProblem why the reports could not be written, if they could not
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record GradedClass(TargetReport report, int scenarios, List<SectionResult> sections,
        List<BrowserRun> browsers, List<BaselineEntry> fixed, List<Path> reportFiles, Optional<String> reportProblem) {

    public GradedClass {
        Objects.requireNonNull(report, "report must not be null");
        sections = List.copyOf(sections);
        browsers = List.copyOf(browsers);
        fixed = List.copyOf(fixed);
        reportFiles = List.copyOf(reportFiles);
        Objects.requireNonNull(reportProblem, "reportProblem must not be null");
    }
}
