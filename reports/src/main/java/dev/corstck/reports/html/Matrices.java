package dev.corstck.reports.html;

import dev.corstck.reports.html.view.MatrixCell;
import dev.corstck.reports.html.view.MatrixRow;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Summarise findings as rules × columns (engines on the report page, targets on the comparison page): each cell
 * shows the worst verdict among its findings. Rules keep the order in which they first appear.
 */
final class Matrices {

    private Matrices() {
    }

    /** Count findings into rules × columns as they are visited, then build the rows. */
    static final class Tally {
        private final Map<String, Finding> firstOfRule = new LinkedHashMap<>();
        private final Map<String, Map<String, EnumMap<Verdict, Integer>>> counts = new LinkedHashMap<>();

        /** Count {@code finding} in {@code column}. */
        void add(Finding finding, String column) {
            firstOfRule.putIfAbsent(finding.ruleId(), finding);
            counts.computeIfAbsent(finding.ruleId(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(column, c -> new EnumMap<>(Verdict.class))
                    .merge(finding.verdict(), 1, Integer::sum);
        }

        /** Build one row per rule, in order of first appearance; {@code columns} lists the keys in order. */
        List<MatrixRow> rows(List<String> columns) {
            List<MatrixRow> rows = new ArrayList<>(firstOfRule.size());
            firstOfRule.forEach((ruleId, first) -> {
                Map<String, EnumMap<Verdict, Integer>> byColumn = counts.get(ruleId);
                List<MatrixCell> cells = columns.stream()
                        .map(key -> cell(key, byColumn.getOrDefault(key, new EnumMap<>(Verdict.class)))).toList();
                Set<String> verdicts = cells.stream().filter(c -> !c.isEmpty()).map(MatrixCell::verdict)
                        .collect(Collectors.toSet());
                rows.add(new MatrixRow(ruleId, first.ruleTitle(), first.level().name(), first.specUrl(), cells,
                        verdicts.size() > 1));
            });
            return rows;
        }
    }

    /** Summarise one cell's verdict counts. */
    static MatrixCell cell(String column, EnumMap<Verdict, Integer> counts) {
        if (counts.isEmpty()) {
            return new MatrixCell(column, "", "empty", 0, 0, "");
        }
        Verdict worst = counts.keySet().stream().reduce(Verdict::worst).orElseThrow();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String detail = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().severity(), a.getKey().severity()))
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return new MatrixCell(column, worst.name(), css(worst), total, counts.get(worst), detail);
    }

    /** Return the CSS class of a verdict's colour, e.g. {@code v-fail}. */
    static String css(Verdict verdict) {
        return "v-" + verdict.name().toLowerCase(Locale.ROOT);
    }
}
