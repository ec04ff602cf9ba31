package dev.corstck.tck.engine.baseline;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Compare a run's findings with a baseline: which failures are known, which entries are fixed (every finding they
 * cover passes now), and the baseline this run would write in update mode.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BaselineComparison {

    /** The verdicts that show a known failure is gone; SKIPPED and ERROR prove nothing either way. */
    private static final Set<Verdict> GONE = EnumSet.of(Verdict.PASS, Verdict.WARN, Verdict.INFO);

    private final Baseline baseline;
    private final List<Finding> findings;
    private final Map<BaselineEntry, List<Finding>> covered = new LinkedHashMap<>();

    /** Compare {@code findings} with {@code baseline}. */
    public BaselineComparison(Baseline baseline, List<Finding> findings) {
        this.baseline = Objects.requireNonNull(baseline, "baseline must not be null");
        this.findings = List.copyOf(findings);
        baseline.entries().forEach(e -> covered.put(e, new ArrayList<>()));
        for (Finding f : this.findings) {
            baseline.entries().stream().filter(e -> e.matches(f)).forEach(e -> covered.get(e).add(f));
        }
    }

    /** Answer whether a FAIL finding is a known failure. */
    public boolean isKnown(Finding finding) {
        return finding.verdict() == Verdict.FAIL && baseline.match(finding).isPresent();
    }

    /** The entries that no longer fail: they cover findings, and every one of them passes. */
    public List<BaselineEntry> fixed() {
        return covered.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && e.getValue().stream().allMatch(f -> GONE.contains(f.verdict())))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The baseline to write after this run: the entries that still fail, the entries this run did not grade when
     * it graded only part of the catalog ({@code partial}), and one exact entry for each new failure.
     */
    public List<BaselineEntry> updated(boolean partial) {
        List<BaselineEntry> out = new ArrayList<>();
        covered.forEach((entry, list) -> {
            boolean stillFails = list.stream().anyMatch(f -> f.verdict() == Verdict.FAIL);
            boolean inconclusive = !list.isEmpty() && list.stream().noneMatch(f -> GONE.contains(f.verdict()));
            if (stillFails || inconclusive || (list.isEmpty() && partial)) {
                out.add(entry);
            }
        });
        String today = LocalDate.now().toString();
        findings.stream().filter(f -> f.verdict() == Verdict.FAIL && baseline.match(f).isEmpty())
                .map(f -> BaselineEntry.of(f, "recorded " + today + ": " + oneLine(f.actual())))
                .filter(e -> out.stream().noneMatch(o -> o.key().equals(e.key())))
                .forEach(out::add);
        out.sort(Comparator.comparing(BaselineEntry::ruleId).thenComparing(BaselineEntry::scenario)
                .thenComparing(BaselineEntry::engine));
        return out;
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\s+", " ").replace("#", "").strip();
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
