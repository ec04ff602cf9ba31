package dev.corstck.tck.grading;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Every wire check of the grading package, run one at a time on the same scenario runs, so each finding is known to
 * come from the class that decided it: the evidence that the registry's {@code checkedBy} really judges it. The browser
 * checks are left out: they need browsers, and they decide the outcome rules the wire checks decide first.
 */
final class Attribution {

    /** A finding and the check class that emitted it. */
    record Attributed(String check, Finding finding) {
    }

    /** One check: its class's simple name, and how to run it on a grading's runs. */
    record Check(String name, BiConsumer<List<ScenarioRun>, Findings> run) {
    }

    private Attribution() {
    }

    /** The checks of {@link GradingChecks} but the browser's, in the order the grader runs them, for {@code request}. */
    static List<Check> checks(GradeRequest request) {
        Optional<GradingPolicy> policy = request.policy().declared();
        List<Check> out = new ArrayList<>();
        GradingChecks.PER_SCENARIO.forEach(c -> out.add(new Check(c.name(), (runs, f) -> runs.forEach(r ->
                f.scenario(each -> c.run().check(r, policy, each.declaredBy(c)))))));
        GradingChecks.ACROSS_SCENARIOS.forEach(c -> out.add(new Check(c.name(),
                (runs, f) -> c.run().check(runs, f.declaredBy(c)))));
        GradingChecks.PROBES.forEach(c -> out.add(new Check(c.name(), (runs, f) -> {
            try (WireProber prober = new WireProber(ProbeOptions.defaults()
                    .withRequestTimeout(request.requestTimeout()))) {
                TargetResponder target = new TargetResponder(prober, System.nanoTime()
                        + request.runTimeout().toNanos(), request.runTimeout().toString());
                c.run().check(runs, new dev.corstck.tck.grading.Check.ProbeContext(target,
                        request.targetUrl().origin(), policy, dev.corstck.tck.grading.Check.ProbeContext.firstAllowed(
                        runs.stream().map(ScenarioRun::scenario).toList())), f.declaredBy(c));
            }
        })));
        return out;
    }

    /** Run every check alone on {@code runs}; the findings, each with the check that emitted it. */
    static List<Attributed> findings(List<ScenarioRun> runs, GradeRequest request) {
        List<Attributed> out = new ArrayList<>();
        for (Check check : checks(request)) {
            Findings f = new Findings(request, finding -> out.add(new Attributed(check.name(), finding)));
            check.run().accept(runs.stream().filter(r -> r.failure().isEmpty()).toList(), f);
        }
        return out;
    }

    /**
     * Grade {@code request}'s wire stage and attribute every finding. A check that judges a rule it does not declare
     * in {@link GradingChecks} throws there ({@link Findings#declaredBy}), so every self-test keeps the registry true.
     */
    static List<Attributed> grade(GradeRequest request) {
        return findings(WireRuns.of(request), request);
    }

    /** The rules each check decided (any verdict but ERROR), by check name. */
    static Map<String, Set<String>> decidedBy(List<Attributed> findings) {
        return findings.stream().filter(a -> a.finding().verdict() != Verdict.ERROR).collect(Collectors.groupingBy(
                Attributed::check, LinkedHashMap::new, Collectors.mapping(a -> a.finding().ruleId(),
                        Collectors.toCollection(TreeSet::new))));
    }

    /** The verdicts {@code ruleId} got, each from a check that declares it. */
    static Set<Verdict> verdicts(List<Attributed> findings, String ruleId) {
        Set<String> checks = GradingChecks.declaring(RuleCatalog.get(ruleId)).stream()
                .map(dev.corstck.tck.grading.Check::name).collect(Collectors.toSet());
        return findings.stream().filter(a -> a.finding().ruleId().equals(ruleId) && checks.contains(a.check()))
                .map(a -> a.finding().verdict()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The verdicts {@code rule} got, each from the check that decides it. */
    static Set<Verdict> verdicts(List<Attributed> findings, dev.corstck.tck.catalog.Rule rule) {
        return verdicts(findings, rule.id());
    }

    /** The findings of {@code rule} as lines, for assertion messages. */
    static String lines(List<Attributed> findings, dev.corstck.tck.catalog.Rule rule) {
        return lines(findings, rule.id());
    }

    /** The findings of {@code ruleId} as lines, for assertion messages. */
    static String lines(List<Attributed> findings, String ruleId) {
        return "\n" + String.join("\n", findings.stream().filter(a -> a.finding().ruleId().equals(ruleId))
                .map(a -> a.check() + " "
                + a.finding().verdict() + " " + a.finding().scenarioId() + ": expected " + a.finding().expected()
                + "; actual " + a.finding().actual()).limit(12).toList());
    }
}
