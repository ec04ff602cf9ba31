package dev.corstck.reports.diff;

import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import java.util.List;
import java.util.Optional;

/** Find the old report's entry for a target of the new one: same URL or name, else same label, else the only one. */
final class TargetMatch {

    private TargetMatch() {
    }

    static Optional<TargetReport> find(TargetReport target, List<TargetReport> candidates, Report older,
                                       Report newer) {
        Optional<TargetReport> byTarget = candidates.stream()
                .filter(c -> c.target().equals(target.target())).findFirst();
        if (byTarget.isPresent()) {
            return byTarget;
        }
        Optional<TargetReport> byLabel = candidates.stream().filter(c -> c.label().equals(target.label())).findFirst();
        if (byLabel.isPresent()) {
            return byLabel;
        }
        boolean singles = older.targets().size() == 1 && newer.targets().size() == 1 && candidates.size() == 1;
        return singles ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
