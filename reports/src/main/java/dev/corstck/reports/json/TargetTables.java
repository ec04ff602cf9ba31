package dev.corstck.reports.json;

import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables one target's findings share in schema 2: each distinct exchange and explanation step once, and each
 * rule's title and Fetch anchor and each scenario's title once.
 *
 * <p>Most findings of a target rest on the same few hundred exchanges (every rule checked on a scenario cites the
 * scenario's preflight and actual request), so writing them once per finding made nine tenths of a report. Equal
 * values share one entry whether or not they are one object; an identity map first keeps the common case (one
 * {@link Exchange} object cited by many findings) from hashing whole header lists again and again.
 */
final class TargetTables {

    /** A rule's title and anchor, as the table holds it. */
    record RuleText(String title, String specUrl) {
    }

    final Interned<Exchange> exchanges = new Interned<>();
    final Interned<ExplanationStep> steps = new Interned<>();
    /** The first title and anchor seen for each rule; a finding that differs carries its own. */
    final Map<String, RuleText> rules = new LinkedHashMap<>();
    /** The first title seen for each scenario; a finding that differs carries its own. */
    final Map<String, String> scenarios = new LinkedHashMap<>();

    private TargetTables() {
    }

    /** Collect the tables of {@code target}'s findings, in the order the findings first cite each entry. */
    static TargetTables of(TargetReport target) {
        TargetTables tables = new TargetTables();
        for (Finding finding : target.findings()) {
            finding.evidence().exchanges().forEach(tables.exchanges::index);
            finding.evidence().explanation().forEach(tables.steps::index);
            tables.rules.putIfAbsent(finding.ruleId(), new RuleText(finding.ruleTitle(), finding.specUrl()));
            tables.scenarios.putIfAbsent(finding.scenarioId(), finding.scenarioTitle());
        }
        return tables;
    }

    /** Values numbered from 0 in first-seen order, equal values once. */
    static final class Interned<T> {
        private final Map<T, Integer> byIdentity = new IdentityHashMap<>();
        private final Map<T, Integer> byValue = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        /** Return the number of {@code value}, adding it if it is new. */
        int index(T value) {
            Integer known = byIdentity.get(value);
            if (known == null) {
                known = byValue.computeIfAbsent(value, v -> {
                    values.add(v);
                    return values.size() - 1;
                });
                byIdentity.put(value, known);
            }
            return known;
        }

        List<T> values() {
            return values;
        }
    }
}
