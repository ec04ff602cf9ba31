package dev.corstck.reports.text;

import dev.corstck.reports.diff.Change;
import dev.corstck.reports.diff.ChangeKind;
import dev.corstck.reports.diff.ReportDiff;
import dev.corstck.reports.model.RunInfo;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Render a {@link ReportDiff} for a terminal ({@link #plain}) or a pull-request comment ({@link #markdown}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiffText {

    private DiffText() {
    }

    /** Return the diff as plain text: a summary line, then one section per kind of change. */
    public static String plain(ReportDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("cors-tck diff: ").append(run(diff.oldRun())).append(" -> ").append(run(diff.newRun()))
                .append('\n').append(summary(diff)).append('\n');
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = diff.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append('\n').append(kind.title()).append(" (").append(changes.size()).append(")\n");
            for (Change c : changes) {
                out.append("  ").append(String.format(Locale.ROOT, "%-17s", c.transition().replace("\u2192", "->")))
                        .append(' ').append(c.ruleId()).append("  ").append(c.scenarioId()).append(" [")
                        .append(c.engine().id()).append("]  ").append(c.target()).append('\n');
                if (kind == ChangeKind.NEW_FAILURE && !c.actual().isEmpty()) {
                    out.append("      actual: ").append(c.actual()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Return the diff as GitHub-flavoured Markdown: a summary, then a table per kind of change. */
    public static String markdown(ReportDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("### cors-tck diff\n\n").append(diff.hasNewFailures() ? "**Regression:** " : "")
                .append(summary(diff)).append("\n\nOld: ").append(cell(run(diff.oldRun())))
                .append("  \nNew: ").append(cell(run(diff.newRun()))).append('\n');
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = diff.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append("\n#### ").append(kind.title()).append(" (").append(changes.size()).append(")\n\n")
                    .append("| Verdict | Rule | Scenario | Engine | Target | Actual |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Change c : changes) {
                out.append("| ").append(cell(c.transition())).append(" | `").append(code(c.ruleId()))
                        .append("` | `").append(code(c.scenarioId())).append("` | ").append(c.engine().id())
                        .append(" | ").append(cell(c.target())).append(" | ").append(cell(c.actual())).append(" |\n");
            }
        }
        return out.toString();
    }

    /** Return the one-line count of each kind of change, e.g. "2 new failures, 1 fixed, …". */
    public static String summary(ReportDiff diff) {
        return String.format(Locale.ROOT, "%d new failure%s, %d fixed, %d changed, %d added, %d removed, "
                        + "%d unchanged.", diff.changes(ChangeKind.NEW_FAILURE).size(),
                diff.changes(ChangeKind.NEW_FAILURE).size() == 1 ? "" : "s", diff.changes(ChangeKind.FIXED).size(),
                diff.changes(ChangeKind.CHANGED).size(), diff.changes(ChangeKind.ADDED).size(),
                diff.changes(ChangeKind.REMOVED).size(), diff.unchanged());
    }

    private static String run(RunInfo run) {
        return "cors-tck " + run.toolVersion() + " at " + DateTimeFormatter.ISO_INSTANT.format(run.startedAt())
                + (run.complete() ? "" : " (incomplete)");
    }

    /** Escape text for a Markdown table cell: pipes, markup characters and line breaks. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replaceAll("[\\r\\n]+", " ");
    }

    private static String code(String text) {
        return text.replace("`", "'").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }
}
