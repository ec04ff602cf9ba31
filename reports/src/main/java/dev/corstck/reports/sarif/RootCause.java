package dev.corstck.reports.sarif;

import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Group the FAIL and WARN findings of one target that share a rule: one misconfiguration, seen in every scenario and
 * engine that exercises the rule. FAIL and WARN of one rule stay apart (a SHOULD rule graded strictly in one run and
 * not in another is not the same alert).
 *
 * @param target   the target's name or base URL
 * @param ruleId   the rule all the findings break
 * @param verdict  FAIL or WARN
 * @param findings the findings grouped, in report order, never empty
 */
record RootCause(String target, String ruleId, Verdict verdict, List<Finding> findings) {

    private static final int MAX_ACTUALS = 5;

    RootCause {
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a root cause groups at least one finding");
        }
    }

    static boolean reported(Verdict verdict) {
        return verdict == Verdict.FAIL || verdict == Verdict.WARN;
    }

    /** Return the root causes of {@code report}, target by target, in the order their first finding appears. */
    static List<RootCause> of(Report report) {
        List<RootCause> causes = new ArrayList<>();
        for (TargetReport target : report.targets()) {
            Map<String, List<Finding>> groups = new LinkedHashMap<>();
            for (Finding f : target.findings()) {
                if (reported(f.verdict())) {
                    groups.computeIfAbsent(f.ruleId() + "|" + f.verdict(), k -> new ArrayList<>()).add(f);
                }
            }
            groups.values().forEach(g -> causes.add(
                    new RootCause(target.target(), g.get(0).ruleId(), g.get(0).verdict(), g)));
        }
        return causes;
    }

    Set<String> scenarioIds() {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.scenarioId()));
        return ids;
    }

    Set<String> engines() {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.engine().id()));
        return ids;
    }

    /** The distinct actual values (at most a few: they show whether the cause really is one). */
    List<String> actuals() {
        return findings.stream().map(Finding::actual).filter(a -> !a.isBlank()).distinct().limit(MAX_ACTUALS)
                .toList();
    }

    /** The endpoints the findings' requests went to, without query (where the target is configured), as URIs. */
    Set<String> endpoints() {
        Set<String> uris = new LinkedHashSet<>();
        for (Finding f : findings) {
            for (Exchange exchange : f.evidence().exchanges()) {
                endpoint(exchange.request().url()).ifPresent(uris::add);
            }
        }
        if (uris.isEmpty()) {
            endpoint(target).ifPresent(uris::add);
        }
        return uris;
    }

    /** The first non-empty remedy: findings of one rule on one target share their remedy. */
    String remedy() {
        return findings.stream().map(Finding::remedy).filter(r -> !r.isBlank()).findFirst().orElse("");
    }

    /** One sentence: how many findings, which rule, and what to do. */
    String message() {
        Finding first = findings.get(0);
        int n = findings.size();
        String title = first.ruleTitle().isBlank() ? ruleId : first.ruleTitle();
        StringBuilder text = new StringBuilder();
        text.append(n).append(n == 1 ? " finding" : " findings").append(" (")
                .append(scenarioIds().size()).append(scenarioIds().size() == 1 ? " scenario, " : " scenarios, ")
                .append(String.join(", ", engines())).append(") ")
                .append(verb(n)).append(" '").append(stripDot(title))
                .append("' on ").append(target);
        String remedy = remedy();
        if (!remedy.isEmpty()) {
            text.append("; fix: ").append(stripDot(remedy));
        }
        return text.append('.').toString();
    }

    private String verb(int n) {
        if (verdict == Verdict.FAIL) {
            return n == 1 ? "breaks" : "break";
        }
        return n == 1 ? "warns on" : "warn on";
    }

    private static String stripDot(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static java.util.Optional<String> endpoint(String url) {
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new URI(uri.getScheme(), uri.getRawAuthority() == null ? null
                    : uri.getAuthority(), uri.getPath(), null, null).toString());
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
