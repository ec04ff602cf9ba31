package dev.corstck.tck.grading;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fold findings that share a {@link Finding#key() key} (rule, scenario, engine) into one, so a grade holds one finding
 * per key: a rule checked on both the preflight and the actual response of a scenario is one verdict about that
 * scenario. The folded finding takes the worst verdict; its expected and actual are those of the findings with that
 * verdict (each actual names the response it is about), and its evidence is theirs, which holds every exchange.
 */
final class FindingFold {

    private FindingFold() {
    }

    /** Return {@code findings} with those sharing a key folded into one, in the order each key first appears. */
    static List<Finding> byKey(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.forEach(f -> groups.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
        return groups.values().stream().map(FindingFold::fold).toList();
    }

    /** Fold findings of one key: the worst verdict decides; the first finding with it gives reason and evidence. */
    static Finding fold(List<Finding> same) {
        if (same.size() == 1) {
            return same.get(0);
        }
        Verdict verdict = same.stream().map(Finding::verdict).max(Comparator.comparingInt(Verdict::severity))
                .orElseThrow();
        List<Finding> deciding = same.stream().filter(f -> f.verdict() == verdict).toList();
        Finding first = deciding.get(0);
        return Finding.builder().rule(first.ruleId(), first.ruleTitle(), first.level(), first.specUrl())
                .scenario(first.scenarioId(), first.scenarioTitle()).engine(first.engine()).verdict(verdict)
                .reason(first.reason())
                .expectedActual(joined(deciding, Finding::expected), joined(deciding, Finding::actual))
                .evidence(first.evidence()).build();
    }

    private static String joined(List<Finding> findings, Function<Finding, String> text) {
        return String.join("; ", findings.stream().map(text).distinct().toList());
    }
}
