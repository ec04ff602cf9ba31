package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.catalog.RuleGroup;
import dev.corstck.tck.catalog.SpecRef;
import dev.corstck.tck.engine.baseline.BaselineComparison;
import dev.corstck.tck.engine.baseline.Baseline;
import dev.corstck.tck.grading.KitRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Arrange findings like the spec: rule groups in catalog (Fetch) order, rules in group order, findings in the order
 * the grader decided them. Rules without findings are left out; the kit's own rules come after them, as section
 * {@code kit}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ResultTree {

    /** The section that holds the kit's own rules ({@code kit.*}). */
    public static final String KIT = "kit";

    /** The section for findings of rules neither the catalog nor the kit lists. */
    public static final String OTHER = "other";

    private ResultTree() {
    }

    /**
     * Arrange the {@code findings} whose rule {@code selected} accepts, one test each.
     *
     * @throws IllegalStateException when two findings share a rule, scenario and engine: the grader folds those into
     *                               one, and two tests with one unique ID would break the run
     */
    public static List<SectionResult> of(List<Finding> findings, Baseline baseline, boolean recording,
            Predicate<String> selected) {
        BaselineComparison comparison = new BaselineComparison(baseline, findings);
        Set<String> keys = new HashSet<>();
        Map<String, List<GradedFinding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!selected.test(f.ruleId())) {
                continue;
            }
            if (!keys.add(f.key())) {
                throw new IllegalStateException("kit error: two findings for " + f.key());
            }
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(graded(f, comparison, baseline, recording));
        }
        List<SectionResult> sections = new ArrayList<>();
        for (RuleGroup group : RuleCatalog.groups()) {
            section(group.prefix(), group.spec().section(), group.spec().url(), group.rules(), byRule)
                    .ifPresent(sections::add);
        }
        section(KIT, "Kit self-checks", KitRules.SIMULATOR_BROWSER_AGREEMENT.spec().url(), KitRules.ALL, byRule)
                .ifPresent(sections::add);
        if (!byRule.isEmpty()) { // a rule the grader knows and the catalog does not: keep it visible, never drop it
            List<RuleResult> other = new ArrayList<>();
            byRule.forEach((id, list) -> other.add(new RuleResult(id, list.get(0).finding().ruleTitle(),
                    list.get(0).finding().specUrl(), list)));
            sections.add(new SectionResult(OTHER, "Other rules", SpecRef.FETCH_URL, other));
        }
        return sections;
    }

    /** The finding with its baseline status: a FAIL the baseline lists is known; one it does not is recorded. */
    private static GradedFinding graded(Finding f, BaselineComparison comparison, Baseline baseline,
            boolean recording) {
        boolean fails = f.verdict() == Verdict.FAIL;
        boolean known = fails && comparison.isKnown(f);
        return new GradedFinding(f, known ? baseline.match(f) : Optional.empty(), recording && fails && !known);
    }

    private static Optional<SectionResult> section(String prefix, String title, String url,
            List<Rule> rules, Map<String, List<GradedFinding>> byRule) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            List<GradedFinding> list = byRule.remove(rule.id());
            if (list != null) {
                results.add(new RuleResult(rule.id(), rule.title(), rule.spec().url(), list));
            }
        }
        return results.isEmpty() ? Optional.empty()
                : Optional.of(new SectionResult(prefix, title, url, results));
    }

    /** The short form of a rule's anchor for messages, {@code fetch#anchor (step n)}, or its URL when unknown. */
    public static String anchor(Finding finding) {
        return KitRules.find(finding.ruleId()).map(Rule::spec).map(SpecRef::toString).orElse(finding.specUrl());
    }
}
