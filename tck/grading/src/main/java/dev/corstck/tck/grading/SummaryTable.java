package dev.corstck.tck.grading;

import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Print a report as a terminal table: one row per target with its conformance and finding counts per verdict, then
 * per target one line per root cause (what is wrong, the rules and findings it accounts for) with its fix, console
 * line and curl command, the rules that errored, and the simulator's agreement with each browser.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SummaryTable {

    private static final String ROW = "%-44s %-28s %5s %5s %5s %6s %5s %5s%n";

    private SummaryTable() {
    }

    /** Print {@code report} to {@code out}; {@code rulesPerTarget} bounds the root causes listed per target. */
    public static void print(Report report, PrintStream out, int rulesPerTarget) {
        print(report, out, rulesPerTarget, false);
    }

    /** As {@link #print(Report, PrintStream, int)}, the verdicts in colour (ANSI SGR) when {@code colour}. */
    public static void print(Report report, PrintStream out, int rulesPerTarget, boolean colour) {
        for (TargetReport t : report.targets()) {
            List<RootCause> causes = RootCauses.of(t);
            Map<String, Long> errors = t.notPassing().stream().filter(f -> f.verdict() == Verdict.ERROR)
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
            if (causes.isEmpty() && errors.isEmpty() && t.agreement().isEmpty()) {
                continue;
            }
            out.println(t.label() + ":" + (causes.isEmpty() ? "" : " " + causes.size()
                    + (causes.size() == 1 ? " root cause" : " root causes")));
            // One line per misconfiguration, with what fixes it, what the console says and a curl that shows it.
            causes.stream().limit(rulesPerTarget).forEach(c -> {
                out.println("  " + (colour ? paint(c.verdict(), c.headline()) : c.headline()));
                printIfAny(out, "fix", c.remedy());
                printIfAny(out, "console", c.console());
                printIfAny(out, "curl", c.curl());
            });
            if (causes.size() > rulesPerTarget) {
                out.println("  ... and " + (causes.size() - rulesPerTarget) + " more root cause(s): see the report");
            }
            errors.forEach((rule, n) -> out.printf("  ERROR %-56s %4d finding(s)%n", rule, n));
            for (EngineAgreement a : t.agreement()) {
                out.printf("  simulator vs %-8s agreed on %d of %d scenario(s)%s%n", a.engine().id(), a.agreed(),
                        a.scenarios(), a.isFullAgreement() ? "" : "  <-- KIT DISAGREEMENT, see the report");
            }
            out.println();
        }
        out.printf(ROW, "TARGET", "RESULT (counts are findings)", "FAIL", "ERROR", "WARN", "PASS", "INFO", "SKIP");
        for (TargetReport t : report.targets()) {
            var s = t.summary();
            out.printf(ROW, clip(t.label(), 44), t.conformance().label(), s.count(Verdict.FAIL), s.count(Verdict.ERROR),
                    s.count(Verdict.WARN), s.count(Verdict.PASS), s.count(Verdict.INFO), s.count(Verdict.SKIPPED));
        }
    }

    /** The verdict word at the start of {@code line} in red (FAIL) or yellow (WARN). */
    private static String paint(Verdict verdict, String line) {
        String sgr = verdict == Verdict.FAIL ? "\u001b[1;31m" : "\u001b[33m";
        int space = line.indexOf(' ');
        return sgr + line.substring(0, space) + "\u001b[0m" + line.substring(space);
    }

    private static void printIfAny(PrintStream out, String label, String text) {
        if (!text.isBlank()) {
            out.println("      " + label + " " + text);
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
