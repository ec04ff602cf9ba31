package dev.corstck.tck.cli;

import dev.corstck.reports.diff.ChangeKind;
import dev.corstck.reports.diff.ReportDiff;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.text.DiffText;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code grade --baseline}: a run's FAILs that an earlier report already holds do not fail it; only new ones do. "New"
 * is {@code cors-tck diff}'s {@link ChangeKind#NEW_FAILURE} (the same {@link ReportDiff}, keyed by target, rule,
 * scenario and engine), so a baseline run and {@code cors-tck diff OLD NEW} never disagree. The report itself is not
 * changed: a known FAIL stays a FAIL in every file.
 *
 * @param diff     the baseline compared with the run
 * @param exitCode the run's exit code with the known FAILs set aside
 */
record BaselineGate(ReportDiff diff, int exitCode) {

    /** Read a baseline: a {@code report.json}, or the report directory that holds one, as {@code diff} reads them. */
    static Report read(Path given) throws IOException {
        return DiffCommand.read(given);
    }

    /**
     * Gate {@code result} on {@code baseline}: with new FAILs, the graded code stands (1); with only known ones, the
     * run is decided as if they were not there: 3 when something else could not be decided (an ERROR, a run cut
     * short), else 0.
     */
    static BaselineGate apply(int graded, Report baseline, Report result) {
        ReportDiff diff = ReportDiff.compare(baseline, result);
        if (graded != Main.NON_CONFORMANT || diff.hasNewFailures()) {
            return new BaselineGate(diff, graded);
        }
        boolean undecided = result.summary().count(Verdict.ERROR) > 0 || !result.run().complete()
                || result.targets().stream().anyMatch(t -> !t.complete());
        return new BaselineGate(diff, undecided ? Main.KIT_ERROR : Main.CONFORMANT);
    }

    /** The lines {@code grade} prints: how many FAILs the baseline knew, then the diff when anything is new. */
    String text(Path baseline) {
        int known = diff.unchanged();
        int news = diff.changes(ChangeKind.NEW_FAILURE).size();
        StringBuilder out = new StringBuilder("baseline: ").append(baseline).append(": ");
        out.append(news == 0 ? "no new failures" : news + " new failure(s), not in the baseline")
                .append(" (").append(known).append(" finding(s) unchanged)").append('\n');
        if (news > 0) {
            out.append('\n').append(DiffText.plain(diff));
        }
        return out.toString();
    }
}
