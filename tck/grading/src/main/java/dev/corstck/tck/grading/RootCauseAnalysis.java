package dev.corstck.tck.grading;

import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.catalog.Cause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Group a target's FAIL and WARN findings by the catalog's {@link Cause}s: each finding goes to the first cause that
 * breaks its rule and is diagnosed on one of the finding's endpoints; what no cause takes stands alone as its rule.
 * Also keeps, per scenario, the console line the simulator's Chromium profile predicts, so each cause can show what
 * the browser says. Thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RootCauseAnalysis implements Function<TargetReport, List<RootCause>> {

    /** What a cause shows when the browser lets the page read the response: nothing is logged, data just leaks. */
    static final String NOT_BLOCKED = "none: the browser lets the page read the response, so nothing is logged";

    private final Map<String, Map<String, String>> consoleByTarget = new ConcurrentHashMap<>();

    /**
     * Record what the browser's console says for {@code scenarioId} on {@code target}: the line, or empty when the
     * simulator lets the page read the response. The first record for a scenario stays.
     */
    public void console(String target, String scenarioId, String line) {
        consoleByTarget.computeIfAbsent(target, t -> new ConcurrentHashMap<>()).putIfAbsent(scenarioId, line);
    }

    @Override
    public List<RootCause> apply(TargetReport target) {
        List<Finding> bad = target.notPassing().stream().filter(f -> RootCauses.reported(f.verdict())).toList();
        Map<Cause, Set<String>> diagnosed = new EnumMap<>(Cause.class);
        Map<Cause, Set<String>> diagnosedScenarios = new EnumMap<>(Cause.class);
        Map<Finding, Set<String>> endpoints = new LinkedHashMap<>();
        for (Finding f : bad) {
            Set<String> at = RootCauses.endpoints(f, target.target());
            endpoints.put(f, at);
            Cause.diagnosedBy(f.ruleId()).ifPresent(c -> {
                diagnosed.computeIfAbsent(c, k -> new HashSet<>()).addAll(at);
                diagnosedScenarios.computeIfAbsent(c, k -> new HashSet<>()).add(f.scenarioId());
            });
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        Map<String, Optional<Cause>> causeOf = new LinkedHashMap<>();
        for (Finding f : bad) {
            Optional<Cause> cause = owner(f, endpoints.get(f), diagnosed, diagnosedScenarios);
            String key = cause.map(Cause::id).orElse(f.ruleId() + "|" + f.verdict());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            causeOf.putIfAbsent(key, cause);
        }
        List<RootCause> causes = new ArrayList<>();
        groups.forEach((key, findings) -> causes.add(build(target, causeOf.get(key), findings)));
        // FAIL before WARN, then the cause that accounts for most findings: the first line is the one to fix first.
        causes.sort(Comparator.comparing((RootCause c) -> c.verdict().ordinal())
                .thenComparing(c -> -c.findings()));
        return causes;
    }

    private static Optional<Cause> owner(Finding f, Set<String> at, Map<Cause, Set<String>> diagnosed,
            Map<Cause, Set<String>> diagnosedScenarios) {
        for (Cause cause : Cause.values()) {
            Set<String> where = diagnosed.get(cause);
            if (where == null) {
                continue;
            }
            if (cause.breaks(f.ruleId()) && at.stream().anyMatch(where::contains)
                    || cause.onSameRequest().contains(f.ruleId())
                    && diagnosedScenarios.get(cause).contains(f.scenarioId())) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private RootCause build(TargetReport target, Optional<Cause> cause, List<Finding> findings) {
        Finding shown = cause.flatMap(c -> findings.stream().filter(f -> c.diagnosedBy().contains(f.ruleId()))
                .findFirst()).orElse(findings.get(0));
        String summary = cause.map(Cause::summary)
                .orElseGet(() -> RootCauses.notMet(shown));
        String remedy = cause.map(c -> remedy(c, findings))
                .orElseGet(() -> RootCauses.firstRemedy(findings).orElse(""));
        return RootCauses.of(cause.map(Cause::id).orElse(shown.ruleId()), summary, findings, shown, remedy,
                console(target.target(), shown, findings), target.target());
    }

    /** The implementation's remedy of the cause's best remedy rule, as the findings carry it; else the catalog's. */
    private static String remedy(Cause cause, List<Finding> findings) {
        for (String rule : cause.remedyRules()) {
            Optional<String> own = findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::remedy)
                    .filter(r -> !r.isBlank()).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        return RootCauses.firstRemedy(findings.stream().filter(f -> cause.diagnosedBy().contains(f.ruleId())).toList())
                .orElse(cause.remedy());
    }

    /**
     * The console line of the shown finding's scenario (the one the curl command sends), else the first recorded
     * for another of the cause's scenarios; empty when none was recorded.
     */
    private String console(String target, Finding shown, List<Finding> findings) {
        Map<String, String> lines = consoleByTarget.getOrDefault(target, Map.of());
        Optional<String> recorded = Optional.ofNullable(lines.get(shown.scenarioId()))
                .or(() -> findings.stream().map(f -> lines.get(f.scenarioId())).filter(l -> l != null).findFirst());
        return recorded.map(l -> l.isEmpty() ? NOT_BLOCKED : l).orElse("");
    }
}
