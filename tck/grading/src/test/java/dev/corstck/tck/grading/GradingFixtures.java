package dev.corstck.tck.grading;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The policy and helpers the grading self-tests share. */
final class GradingFixtures {

    /** The demo data endpoint (GET, POST) and an item endpoint called with PUT, DELETE, Authorization and JSON. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/data", List.of("GET", "POST"), CredentialsMode.INCLUDE, 200, List.of(), BodyType.NONE),
            new Endpoint("/api/items/1", List.of("PUT", "DELETE"), CredentialsMode.INCLUDE, 200,
                    List.of("Authorization"), BodyType.JSON));

    private GradingFixtures() {
    }

    /** The reference target's demo policy with the two endpoints. */
    static GradingPolicy demoPolicy() {
        return new GradingPolicy(DemoPolicy.standard(), ENDPOINTS, GradingPolicy.EndpointSource.DECLARED);
    }

    /** A request grading {@code target} against the demo policy, without browsers. */
    static GradeRequest.Builder wireOnly(String target) {
        return GradeRequest.builder(target).policy(new PolicySource.Declared(demoPolicy())).browsers(List.of());
    }

    /** The IDs of the rules a report flags: FAIL, or WARN for SHOULD rules. */
    static Set<String> flagged(TargetReport report) {
        Set<String> ids = new TreeSet<>();
        report.findings().stream().filter(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN)
                .map(Finding::ruleId).forEach(ids::add);
        return ids;
    }

    /** The keys (rule, scenario, engine) more than one finding of {@code report} has: none, when grading is right. */
    static List<String> sharedKeys(TargetReport report) {
        return report.findings().stream().collect(Collectors.groupingBy(Finding::key, LinkedHashMap::new,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue()).toList();
    }

    /** The findings with a verdict, as one line each, for assertion messages. */
    static List<String> lines(TargetReport report, Verdict verdict) {
        return report.findings().stream().filter(f -> f.verdict() == verdict)
                .map(f -> f.ruleId() + " [" + f.engine().id() + "] " + f.scenarioId() + ": expected " + f.expected()
                        + "; actual " + f.actual() + (f.reason().isEmpty() ? "" : " (" + f.reason() + ")"))
                .limit(20).toList();
    }
}
