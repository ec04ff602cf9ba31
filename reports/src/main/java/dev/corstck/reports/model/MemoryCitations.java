package dev.corstck.reports.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Findings held in memory, numbered once: most findings of a target rest on the same few hundred exchanges (every
 * rule checked on a scenario cites its preflight and actual request), so the writers print each once and cite it.
 * An identity map first keeps the common case (one {@link Exchange} object cited by many findings) from hashing
 * whole header lists again and again.
 *
 * <p>It is the findings' list too, so a {@link TargetReport} can hold it ({@link TargetReport#numbered()}) and every
 * writer of a report reads one numbering instead of making its own.
 */
final class MemoryCitations extends java.util.AbstractList<Finding> implements CitedFindings {

    private final List<Finding> findings;
    private final List<CitedFinding> cited;
    private final Interned<Exchange> exchanges = new Interned<>();
    private final Interned<ExplanationStep> steps = new Interned<>();
    private final Interned<EvidenceCitation> evidence = new Interned<>();
    private final Map<String, RuleText> rules = new LinkedHashMap<>();
    private final Map<String, String> scenarios = new LinkedHashMap<>();
    private final Map<String, Integer> scenarioNumbers = new HashMap<>();
    private Summary summary;

    private MemoryCitations(List<Finding> findings) {
        this.findings = findings;
        this.cited = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            cited.add(cite(finding));
        }
    }

    static MemoryCitations of(List<Finding> findings) {
        return new MemoryCitations(List.copyOf(findings));
    }

    private CitedFinding cite(Finding finding) {
        int[] x = finding.evidence().exchanges().stream().mapToInt(exchanges::index).toArray();
        int[] s = finding.evidence().explanation().stream().mapToInt(steps::index).toArray();
        int e = evidence.index(new EvidenceCitation(x, finding.evidence().observation(), s));
        RuleText rule = rules.computeIfAbsent(finding.ruleId(), id -> new RuleText(finding.ruleTitle(),
                finding.specUrl()));
        String scenario = scenarios.computeIfAbsent(finding.scenarioId(), id -> finding.scenarioTitle());
        int number = scenarioNumbers.computeIfAbsent(finding.scenarioId(), id -> scenarioNumbers.size());
        return new CitedFinding(finding, x, s, e, number, !rule.title().equals(finding.ruleTitle()),
                !rule.specUrl().equals(finding.specUrl()), !scenario.equals(finding.scenarioTitle()), () -> finding);
    }

    @Override
    public int size() {
        return findings.size();
    }

    @Override
    public Finding get(int index) {
        return findings.get(index);
    }

    @Override
    public int exchangeCount() {
        return exchanges.values().size();
    }

    @Override
    public int stepCount() {
        return steps.values().size();
    }

    @Override
    public int evidenceCount() {
        return evidence.values().size();
    }

    @Override
    public int scenarioCount() {
        return scenarios.size();
    }

    @Override
    public synchronized Summary summary() {
        if (summary == null) {
            summary = Summary.of(findings);
        }
        return summary;
    }

    @Override
    public void forEachCited(Consumer<CitedFinding> each) {
        cited.forEach(each);
    }

    @Override
    public void forEachExchange(Consumer<Exchange> each) {
        exchanges.values().forEach(each);
    }

    @Override
    public void forEachStep(Consumer<ExplanationStep> each) {
        steps.values().forEach(each);
    }

    @Override
    public void forEachEvidence(Consumer<EvidenceCitation> each) {
        evidence.values().forEach(each);
    }

    @Override
    public void forEachScenario(BiConsumer<String, String> each) {
        scenarios.forEach(each);
    }

    @Override
    public Map<String, RuleText> rules() {
        return java.util.Collections.unmodifiableMap(rules);
    }

    @Override
    public List<Finding> notPassing() {
        return findings.stream().filter(f -> f.verdict() != Verdict.PASS).toList();
    }

    /** Values numbered from 0 in first-seen order, equal values once. */
    static final class Interned<T> {
        private final Map<T, Integer> byIdentity = new IdentityHashMap<>();
        private final Map<T, Integer> byValue = new HashMap<>();
        private final List<T> values = new ArrayList<>();

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
