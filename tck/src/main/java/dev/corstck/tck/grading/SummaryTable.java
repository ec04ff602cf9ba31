package dev.corstck.tck.grading;

import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Print a report as a terminal table: one row per target with its conformance and verdict counts, then the rules
 * that failed (or errored) with how many scenarios each, and the simulator's agreement with each browser.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SummaryTable {

    private static final String ROW = "%-44s %-26s %5s %5s %5s %6s %5s %5s%n";

    private SummaryTable() {
    }

    /** Print {@code report} to {@code out}; {@code rulesPerTarget} bounds the failing rules listed per target. */
    public static void print(Report report, PrintStream out, int rulesPerTarget) {
        out.printf(ROW, "TARGET", "RESULT", "FAIL", "ERROR", "WARN", "PASS", "INFO", "SKIP");
        for (TargetReport t : report.targets()) {
            var s = t.summary();
            out.printf(ROW, clip(t.label(), 44), t.conformance().label(), s.count(Verdict.FAIL), s.count(Verdict.ERROR),
                    s.count(Verdict.WARN), s.count(Verdict.PASS), s.count(Verdict.INFO), s.count(Verdict.SKIPPED));
        }
        for (TargetReport t : report.targets()) {
            Map<String, Long> bad = t.findings().stream().filter(SummaryTable::isBad)
                    .collect(Collectors.groupingBy(f -> f.verdict() + " " + f.ruleId(), TreeMap::new,
                            Collectors.counting()));
            if (bad.isEmpty() && t.agreement().isEmpty()) {
                continue;
            }
            out.println();
            out.println(t.label() + ":");
            Map<String, String> fixes = new TreeMap<>();
            t.findings().stream().filter(SummaryTable::isBad).filter(f -> !f.remedy().isBlank())
                    .forEach(f -> fixes.putIfAbsent(f.verdict() + " " + f.ruleId(), f.remedy()));
            bad.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByKey()).limit(rulesPerTarget)
                    .forEach(e -> {
                        out.printf("  %-62s %4d scenario(s)%n", e.getKey(), e.getValue());
                        if (fixes.containsKey(e.getKey())) {
                            out.println("      fix " + fixes.get(e.getKey()));
                        }
                    });
            if (bad.size() > rulesPerTarget) {
                out.println("  ... and " + (bad.size() - rulesPerTarget) + " more rule(s): see the report");
            }
            for (EngineAgreement a : t.agreement()) {
                out.printf("  simulator vs %-8s agreed on %d of %d scenario(s)%s%n", a.engine().id(), a.agreed(),
                        a.scenarios(), a.isFullAgreement() ? "" : "  <-- KIT DISAGREEMENT, see the report");
            }
        }
    }

    private static boolean isBad(Finding f) {
        return f.verdict() == Verdict.FAIL || f.verdict() == Verdict.ERROR || f.verdict() == Verdict.WARN;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
