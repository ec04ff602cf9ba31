package dev.corstck.tck.grading;

import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineInfo;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.writer.IncrementalReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Grade one or more targets into a report directory ({@code report.json}, {@code index.html}, {@code junit.xml},
 * {@code compare.html} for two targets or more), writing as it goes: a run that fails or is interrupted (Ctrl-C)
 * leaves a valid report marked incomplete with everything gathered so far.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportedGrading {

    /** The kit's version as written into reports. */
    public static final String TOOL_VERSION = "0.1.0-SNAPSHOT";

    /** Exit code: conformant. */
    public static final int CONFORMANT = 0;
    /** Exit code: at least one FAIL. */
    public static final int NON_CONFORMANT = 1;
    /** Exit code: nothing failed, but the kit could not grade everything (ERROR verdicts, an incomplete run). */
    public static final int INCONCLUSIVE = 3;

    private ReportedGrading() {
    }

    /** Grade each request with {@code grader}, in order, into {@code dir}; return the final report. */
    public static Report run(Path dir, List<String> commandLine, List<GradeRequest> requests, Grader grader,
            boolean progress, PrintStream out) throws IOException {
        Objects.requireNonNull(requests, "requests must not be null");
        RunInfo info = new RunInfo(TOOL_VERSION, Instant.now(), Instant.now(), commandLine, engines(requests),
                requests.stream().anyMatch(GradeRequest::strict), false);
        try (IncrementalReportWriter writer = IncrementalReportWriter.open(dir, info).installShutdownHook()) {
            boolean complete = true;
            for (GradeRequest request : requests) {
                writer.startTarget(request.target(), request.label(), Grader.policyText(request));
                try (ReportingListener listener = new ReportingListener(writer, request.target(), progress, out)) {
                    TargetReport report = grader.grade(request, listener);
                    writer.setAgreement(request.target(), report.agreement());
                    if (report.complete()) {
                        writer.finishTarget(request.target());
                    }
                    complete &= report.complete();
                }
            }
            // An incomplete run stays marked incomplete: closing writes it so, with everything gathered.
            return complete ? writer.complete() : writer.snapshot();
        }
    }

    /** The exit code a report earns: 1 with any FAIL, 0 when conformant, 3 when the kit could not decide. */
    public static int exitCode(Report report) {
        if (report.summary().count(Verdict.FAIL) > 0) {
            return NON_CONFORMANT;
        }
        return report.conformance() == Conformance.INCONCLUSIVE ? INCONCLUSIVE : CONFORMANT;
    }

    private static List<EngineInfo> engines(List<GradeRequest> requests) {
        Set<Engine> engines = new LinkedHashSet<>(List.of(Engine.WIRE, Engine.SIMULATOR));
        requests.forEach(r -> r.browsers().forEach(b -> engines.add(b.reportEngine())));
        List<EngineInfo> out = new ArrayList<>();
        engines.forEach(e -> out.add(new EngineInfo(e, "", e.isBrowser() ? "browser-harness" : "cors-tck")));
        return out;
    }
}
