package dev.corstck.tck.certification;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The terminal lines of a certification run: one per finished configuration, and the summary. */
final class ProgressLines {

    private ProgressLines() {
    }

    /** E.g. {@code conformant in chromium, firefox; inconclusive in webkit (expected conformant) NOT AS EXPECTED}. */
    static String finished(CertifiedConfiguration row) {
        Map<String, List<String>> byVerdict = new LinkedHashMap<>();
        row.engines().forEach((engine, result) -> byVerdict.computeIfAbsent(result.verdict().id(),
                v -> new ArrayList<>()).add(engine));
        List<String> parts = new ArrayList<>();
        byVerdict.forEach((verdict, engines) -> parts.add(verdict + " in " + String.join(", ", engines)));
        String agreement = agreement(row);
        StringBuilder line = new StringBuilder(String.join("; ", parts));
        line.append(row.matched() ? ", as expected" : " (expected " + row.expected().id() + "): NOT AS EXPECTED");
        line.append(agreement.isEmpty() ? "" : "; agreement " + agreement);
        line.append(String.format(" (%.1f s)", row.seconds()));
        row.problems().forEach(p -> line.append("\n  ERROR: ").append(p));
        if (!row.missed().isEmpty()) {
            line.append("\n  explained in implementation.yaml but not found: ").append(String.join(", ", row.missed()));
        }
        if (!row.unexplained().isEmpty()) {
            line.append("\n  unexplained in implementation.yaml: ").append(String.join(", ", row.unexplained()));
        }
        return line.toString();
    }

    /** The agreement of each browser, {@code chromium 74/74, firefox 74/74}; empty without browsers. */
    private static String agreement(CertifiedConfiguration row) {
        List<String> parts = new ArrayList<>();
        row.engines().forEach((engine, result) -> {
            if (result.agreement().scenarios() > 0) {
                parts.add(engine + " " + result.agreement().agreed() + "/" + result.agreement().scenarios());
            }
        });
        return String.join(", ", parts);
    }

    static void summary(CertificationRun run, PrintStream out) {
        List<CertifiedConfiguration> rows = run.document().implementations();
        long matched = rows.stream().filter(CertifiedConfiguration::matched).count();
        long seconds = run.elapsed().toSeconds();
        out.println();
        out.printf("certified %d configuration(s) in %d min %d s: %d as expected, %d not%n", rows.size(),
                seconds / 60, seconds % 60, matched, rows.size() - matched);
        for (CertifiedConfiguration row : rows) {
            if (!row.matched()) {
                out.println("  " + row.name() + ": expected " + row.expected().id() + ", got " + String.join(", ",
                        row.mismatches()));
            }
        }
    }
}
