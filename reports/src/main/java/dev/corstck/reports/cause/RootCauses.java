package dev.corstck.reports.cause;

import dev.corstck.reports.curl.CurlCommand;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Return a target's root causes: the ones its producer grouped (the kit groups by the catalog's causes), or, for a
 * report without them (an older {@code report.json}, another producer), one cause per rule and verdict.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RootCauses {

    private RootCauses() {
    }

    /** Answer whether a finding of {@code verdict} belongs to a root cause: FAIL and WARN do. */
    public static boolean reported(Verdict verdict) {
        return verdict == Verdict.FAIL || verdict == Verdict.WARN;
    }

    /** The root causes of {@code target}: its own, else one per rule and verdict, in report order. */
    public static List<RootCause> of(TargetReport target) {
        if (!target.causes().isEmpty()) {
            return target.causes();
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : target.notPassing()) {
            if (reported(f.verdict())) {
                byRule.computeIfAbsent(f.ruleId() + "|" + f.verdict(), k -> new ArrayList<>()).add(f);
            }
        }
        List<RootCause> causes = new ArrayList<>();
        byRule.values().forEach(group -> {
            Finding first = group.get(0);
            causes.add(of(first.ruleId(), notMet(first), group, first, firstRemedy(group).orElse(""), "", target.target()));
        });
        return causes;
    }

    /**
     * Build the cause {@code id} of {@code findings} (never empty): its rules in order of first appearance (the
     * {@code shown} finding's first), endpoints, scenarios, engines, and the curl command of {@code shown}'s first
     * request.
     */
    public static RootCause of(String id, String summary, List<Finding> findings, Finding shown, String remedy,
            String console, String target) {
        Set<String> rules = new LinkedHashSet<>(List.of(shown.ruleId()));
        Set<String> endpoints = new LinkedHashSet<>();
        Set<String> scenarios = new LinkedHashSet<>();
        Set<String> engines = new LinkedHashSet<>();
        boolean fails = false;
        for (Finding f : findings) {
            rules.add(f.ruleId());
            endpoints.addAll(endpoints(f, target));
            scenarios.add(f.scenarioId());
            engines.add(f.engine().id());
            fails |= f.verdict() == Verdict.FAIL;
        }
        String curl = shown.evidence().exchanges().stream().findFirst().map(e -> oneLine(CurlCommand.of(e.request())))
                .orElse("");
        return new RootCause(id, summary, fails ? Verdict.FAIL : Verdict.WARN, List.copyOf(rules),
                List.copyOf(endpoints), findings.size(), List.copyOf(scenarios), List.copyOf(engines), remedy,
                console, curl);
    }

    /** The endpoints {@code finding}'s requests went to (absolute, without query), or the target's when none. */
    public static Set<String> endpoints(Finding finding, String target) {
        Set<String> uris = new LinkedHashSet<>();
        for (Exchange exchange : finding.evidence().exchanges()) {
            endpoint(exchange.request().url()).ifPresent(uris::add);
        }
        if (uris.isEmpty()) {
            endpoint(target).ifPresent(uris::add);
        }
        return uris;
    }

    /**
     * Index {@code target}'s causes once: the returned lookup gives the first cause that {@linkplain
     * RootCause#explains explains} a finding (one of its rules on one of its scenarios), in constant time per finding.
     */
    public static Function<Finding, Optional<RootCause>> lookup(TargetReport target) {
        Map<String, RootCause> byRuleAndScenario = new HashMap<>();
        for (RootCause cause : of(target)) {
            cause.scenarioIds().forEach(s -> cause.ruleIds().forEach(r -> byRuleAndScenario.putIfAbsent(r + "|" + s,
                    cause)));
        }
        return f -> Optional.ofNullable(byRuleAndScenario.get(f.ruleId() + "|" + f.scenarioId()));
    }

    /** What is wrong when a rule stands alone: its requirement, not met. */
    public static String notMet(Finding finding) {
        return "Not met: " + (finding.ruleTitle().isBlank() ? finding.ruleId() : finding.ruleTitle());
    }

    /** The first remedy {@code findings} carry, if any carries one. */
    public static Optional<String> firstRemedy(List<Finding> findings) {
        return findings.stream().map(Finding::remedy).filter(r -> !r.isBlank()).findFirst();
    }

    /** The curl command on one line: its continuations joined, a trailing comment dropped. */
    private static String oneLine(String command) {
        String joined = command.replace(" \\\n  ", " ");
        int comment = joined.indexOf("\n  #");
        return comment < 0 ? joined : joined.substring(0, comment);
    }

    private static Optional<String> endpoint(String url) {
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute()) {
                return Optional.empty();
            }
            return Optional.of(new URI(uri.getScheme(), uri.getRawAuthority() == null ? null : uri.getAuthority(),
                    uri.getPath(), null, null).toString());
        } catch (IllegalArgumentException | URISyntaxException e) {
            return Optional.empty();
        }
    }
}
