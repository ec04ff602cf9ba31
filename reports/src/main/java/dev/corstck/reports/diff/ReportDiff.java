package dev.corstck.reports.diff;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Compare two reports finding by finding, keyed by target, rule, scenario and engine.
 *
 * <p>Targets are matched by {@code target}, then by label, and two single-target reports are matched whatever
 * their URLs (an embedded target gets a new port every run). When one report holds the same key twice, its worst
 * verdict counts.
 *
 * <pre>{@code
 * ReportDiff diff = ReportDiff.compare(ReportJson.read(oldFile), ReportJson.read(newFile));
 * System.out.print(DiffText.plain(diff));
 * System.exit(diff.hasNewFailures() ? 1 : 0);
 * }</pre>
 *
 * @param oldRun    the old report's run
 * @param newRun    the new report's run
 * @param changes   the changes, grouped by kind in {@link ChangeKind} order
 * @param unchanged how many findings kept their verdict
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportDiff(RunInfo oldRun, RunInfo newRun, List<Change> changes, int unchanged) {

    public ReportDiff {
        changes = List.copyOf(changes);
    }

    /** Compare {@code older} with {@code newer}. */
    public static ReportDiff compare(Report older, Report newer) {
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        List<TargetReport> unmatchedOld = new ArrayList<>(older.targets());
        for (TargetReport target : newer.targets()) {
            Optional<TargetReport> before = TargetMatch.find(target, unmatchedOld, older, newer);
            before.ifPresent(unmatchedOld::remove);
            unchanged += compareTarget(before, target, changes);
        }
        for (TargetReport gone : unmatchedOld) {
            worstByKey(gone).values().forEach(f -> changes.add(change(ChangeKind.REMOVED, gone.label(), f,
                    Optional.of(f.verdict()), Optional.empty())));
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::target)
                .thenComparing(Change::ruleId).thenComparing(Change::scenarioId).thenComparing(Change::engine));
        return new ReportDiff(older.run(), newer.run(), changes, unchanged);
    }

    /** Answer whether anything FAILs now that did not before: the result a CI job should fail on. */
    public boolean hasNewFailures() {
        return changes.stream().anyMatch(c -> c.kind() == ChangeKind.NEW_FAILURE);
    }

    /** Return the changes of one kind. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static int compareTarget(Optional<TargetReport> before, TargetReport after, List<Change> changes) {
        Map<String, Finding> old = before.map(ReportDiff::worstByKey).orElseGet(LinkedHashMap::new);
        int unchanged = 0;
        for (Finding now : worstByKey(after).values()) {
            Finding was = old.remove(now.key());
            Optional<Verdict> wasVerdict = Optional.ofNullable(was).map(Finding::verdict);
            Optional<ChangeKind> kind = classify(wasVerdict, now.verdict());
            if (kind.isPresent()) {
                changes.add(change(kind.get(), after.label(), now, wasVerdict, Optional.of(now.verdict())));
            } else {
                unchanged++;
            }
        }
        old.values().forEach(f -> changes.add(change(ChangeKind.REMOVED, after.label(), f,
                Optional.of(f.verdict()), Optional.empty())));
        return unchanged;
    }

    private static Optional<ChangeKind> classify(Optional<Verdict> before, Verdict after) {
        if (after == Verdict.FAIL && before.filter(v -> v == Verdict.FAIL).isEmpty()) {
            return Optional.of(ChangeKind.NEW_FAILURE);
        }
        if (before.isEmpty()) {
            return Optional.of(ChangeKind.ADDED);
        }
        if (before.get() == after) {
            return Optional.empty();
        }
        return Optional.of(before.get() == Verdict.FAIL ? ChangeKind.FIXED : ChangeKind.CHANGED);
    }

    private static Map<String, Finding> worstByKey(TargetReport target) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding finding : target.findings()) {
            byKey.merge(finding.key(), finding, (a, b) -> b.verdict().severity() > a.verdict().severity() ? b : a);
        }
        return byKey;
    }

    private static Change change(ChangeKind kind, String target, Finding finding, Optional<Verdict> before,
                                 Optional<Verdict> after) {
        return new Change(kind, target, finding.ruleId(), finding.ruleTitle(), finding.scenarioId(),
                finding.engine(), before, after, finding.actual());
    }
}
