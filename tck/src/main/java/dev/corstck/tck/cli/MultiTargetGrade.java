package dev.corstck.tck.cli;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.grading.BrowserSessions;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.ReportedGrading;
import dev.corstck.tck.grading.RunLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code grade} with several targets: every target graded in this one JVM into one report (one entry each in
 * {@code targets[]}, and {@code compare.html}), through the same {@link ReportedGrading} path as the main job. With
 * browsers, one harness is started for all targets (mapping every host any target's scenarios need) and shared, so
 * browsers start once rather than once a target. With browsers, targets are graded one after another (a
 * shared harness take one grading at a time) except without browsers, where {@code --parallel} targets are graded
 * at once; each target's wire scenarios run {@code --parallelism} at once.
 */
final class MultiTargetGrade {

    private MultiTargetGrade() {
    }

    static Report run(Path dir, List<String> commandLine, List<GradeRequest> requests, boolean progress,
            PrintStream out, RunLimits limits, int targetsAtOnce) throws IOException {
        Set<BrowserEngine> engines = new LinkedHashSet<>();
        requests.forEach(r -> engines.addAll(r.browsers()));
        if (requests.size() == 1) {
            return ReportedGrading.run(dir, commandLine, requests, Grader.create(), progress, out, limits);
        }
        if (engines.isEmpty()) {
            // Wire and simulator only: a Grader.create() grades concurrently, so targets overlap their network waits.
            return ReportedGrading.run(dir, commandLine, requests, Grader.create(), progress, out, limits,
                    targetsAtOnce);
        }
        List<GeneratedScenario> scenarios = new ArrayList<>();
        requests.forEach(r -> scenarios.addAll(Grader.plan(r)));
        // A shared harness serves one grading at a time; ReportedGrading grades the targets in order.
        try (BrowserHarness harness = BrowserHarness.create(BrowserSessions.forScenarios(List.copyOf(engines),
                requests.get(0).drivers(), scenarios))) {
            return ReportedGrading.run(dir, commandLine, requests, Grader.sharing(harness), progress, out, limits);
        }
    }

    /**
     * The worst of the targets' own exit codes: 3 when any target could not be decided, else 1 when any has a FAIL,
     * else 0. Each target's code is the single-target one (a FAIL beside ERRORs is 1 for that target), so one target
     * is graded exactly as before; a run cut short still earns at least 3.
     */
    static int exitCode(Report report) {
        int whole = ReportedGrading.exitCode(report);
        if (report.targets().size() <= 1) {
            return whole;
        }
        List<Integer> codes = report.targets().stream().map(MultiTargetGrade::exitCode).toList();
        int worst = codes.contains(ReportedGrading.INCONCLUSIVE) ? ReportedGrading.INCONCLUSIVE
                : codes.contains(ReportedGrading.NON_CONFORMANT) ? ReportedGrading.NON_CONFORMANT
                : ReportedGrading.CONFORMANT;
        return worst == ReportedGrading.CONFORMANT ? whole : worst;
    }

    private static int exitCode(TargetReport target) {
        if (target.summary().count(Verdict.FAIL) > 0) {
            return ReportedGrading.NON_CONFORMANT;
        }
        return target.conformance() == Conformance.INCONCLUSIVE ? ReportedGrading.INCONCLUSIVE
                : ReportedGrading.CONFORMANT;
    }
}
