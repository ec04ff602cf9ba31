package dev.corstck.tck.grading;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Grading;
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
 * come from the class that decided it: the evidence that a rule's {@code checkedBy} really judges it. The browser
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

    /** The checks, in the order the grader runs them, for a grading of {@code request}. */
    static List<Check> checks(GradeRequest request) {
        Optional<GradingPolicy> policy = request.policy() instanceof PolicySource.Declared d
                ? Optional.of(d.policy()) : Optional.empty();
        List<Check> out = new ArrayList<>(List.of(
                each("HeaderInvariants", HeaderInvariants::check),
                each("AcaoPresence", AcaoPresence::check),
                each("PreflightChecks", PreflightChecks::check),
                each("PreflightCacheChecks", (r, f) -> PreflightCacheChecks.check(r, policy, f)),
                each("OutcomeChecks", (r, f) -> policy.ifPresent(p -> OutcomeChecks.check(r, p, f))),
                each("SecurityLints", (r, f) -> SecurityLints.check(r, policy, f)),
                each("MalformedOrigins", MalformedOrigins::check),
                each("RedirectChecks", RedirectChecks::check),
                each("PreflightListChecks", PreflightListChecks::check),
                each("CsrfChecks", CsrfChecks::check),
                each("ExposeChecks", ExposeChecks::check),
                each("CookieChecks", CookieChecks::check),
                each("PreflightCacheHeaders", PreflightCacheHeaders::check),
                each("CorpChecks", CorpChecks::check),
                each("RecordedFacts", RecordedFacts::check),
                each("PolicyStatusChecks", PolicyStatusChecks::check),
                all("CacheChecks", CacheChecks::check),
                all("LoopbackTwins", LoopbackTwins::check),
                all("PreflightVary", PreflightVary::check),
                all("StaticAcao", StaticAcao::check)));
        out.add(new Check("CookieProbes", (runs, f) -> {
            if (policy.isPresent()) {
                try (WireProber prober = new WireProber(ProbeOptions.defaults()
                        .withRequestTimeout(request.requestTimeout()))) {
                    CookieProbes.check(runs, new TargetResponder(prober, System.nanoTime()
                            + request.runTimeout().toNanos(), request.runTimeout().toString()),
                            request.targetUrl().origin(), f);
                }
            }
        }));
        out.add(followUp(request, "NotModifiedProbe", NotModifiedProbe::check));
        out.add(followUp(request, "TolerantAcrhProbe", TolerantAcrhProbe::check));
        out.add(followUp(request, "SameUrlProbe", SameUrlProbe::check));
        out.add(followUp(request, "PlainOptionsProbe", PlainOptionsProbe::check));
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
     * Grade {@code request}'s wire stage and attribute every finding; fail when a check decides a rule the catalog
     * gives to another check (or to none), so every self-test on a real server keeps {@code checkedBy} true.
     */
    static List<Attributed> grade(GradeRequest request) {
        List<Attributed> out = findings(WireRuns.of(request), request);
        List<String> wrong = out.stream().filter(a -> RuleCatalog.find(a.finding().ruleId()).map(r -> !(r.grading()
                instanceof Grading.ByCheck c) || !c.check().equals(a.check())).orElse(false))
                .map(a -> a.finding().ruleId() + " decided by " + a.check()).distinct().toList();
        if (!wrong.isEmpty()) {
            throw new AssertionError("checks deciding rules the catalog gives elsewhere: " + wrong);
        }
        return out;
    }

    /** The rules each check decided (any verdict but ERROR), by check name. */
    static Map<String, Set<String>> decidedBy(List<Attributed> findings) {
        return findings.stream().filter(a -> a.finding().verdict() != Verdict.ERROR).collect(Collectors.groupingBy(
                Attributed::check, LinkedHashMap::new, Collectors.mapping(a -> a.finding().ruleId(),
                        Collectors.toCollection(TreeSet::new))));
    }

    /** The verdicts {@code ruleId} got, each from the check that the catalog says decides it. */
    static Set<Verdict> verdicts(List<Attributed> findings, String ruleId) {
        String check = ((Grading.ByCheck) RuleCatalog.get(ruleId).grading()).check();
        return findings.stream().filter(a -> a.finding().ruleId().equals(ruleId) && a.check().equals(check))
                .map(a -> a.finding().verdict()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The findings of {@code ruleId} as lines, for assertion messages. */
    static String lines(List<Attributed> findings, String ruleId) {
        return "\n" + String.join("\n", findings.stream().filter(a -> a.finding().ruleId().equals(ruleId))
                .map(a -> a.check() + " "
                + a.finding().verdict() + " " + a.finding().scenarioId() + ": expected " + a.finding().expected()
                + "; actual " + a.finding().actual()).limit(12).toList());
    }

    private static Check each(String name, BiConsumer<ScenarioRun, Findings> check) {
        return new Check(name, (runs, f) -> runs.forEach(r -> f.scenario(each -> check.accept(r, each))));
    }

    private static Check all(String name, BiConsumer<List<ScenarioRun>, Findings> check) {
        return new Check(name, check);
    }

    /** A follow-up probe, with its own prober on the target. */
    private interface Probe {
        void check(List<ScenarioRun> runs, dev.corstck.reference.http.Responder target, Findings f);
    }

    private static Check followUp(GradeRequest request, String name, Probe probe) {
        return new Check(name, (runs, f) -> {
            try (WireProber prober = new WireProber(ProbeOptions.defaults()
                    .withRequestTimeout(request.requestTimeout()))) {
                probe.check(runs, new TargetResponder(prober, System.nanoTime() + request.runTimeout().toNanos(),
                        request.runTimeout().toString()), f);
            }
        });
    }
}
