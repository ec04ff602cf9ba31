package dev.corstck.tck.grading;

import dev.corstck.reference.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Preflight answers that depend on the request: when the granting preflights of one endpoint answer different
 * {@code Access-Control-Allow-Origin}, {@code -Methods} or {@code -Headers} for different {@code Origin},
 * {@code Access-Control-Request-Method} or {@code -Headers} (reflection), each must name that request header in
 * {@code Vary}, so no cache replays one preflight's answer to another (see fetch#cors-protocol-and-http-caches).
 * Compared across the scenarios of one endpoint.
 */
final class PreflightVary {

    /** The rule this check decides. */
    static final String RULE = "http-cache.preflight-vary";

    /** A request header and the response header that may depend on it. */
    private record Dimension(String request, String response) {
    }

    private static final List<Dimension> DIMENSIONS = List.of(new Dimension("Origin", Grants.ACAO),
            new Dimension("Access-Control-Request-Method", Grants.ACAM),
            new Dimension("Access-Control-Request-Headers", Grants.ACAH));

    /** One granting preflight of a scenario. */
    private record Answer(ScenarioRun run, Exchange exchange, RawResponse response) {
        String sent(String name) {
            return exchange.request().headers().combined(name).orElse("").strip();
        }

        String answered(String name) {
            return response.headers().combined(name).orElse("").strip();
        }
    }

    private PreflightVary() {
    }

    static void check(List<ScenarioRun> runs, Findings f) {
        Map<String, List<Answer>> byEndpoint = new LinkedHashMap<>();
        for (ScenarioRun run : runs) {
            if (run.failure().isPresent()) {
                continue;
            }
            run.exchanges().stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT && e.response().isPresent()
                    && run.sentOrigin(e) && e.response().get().isOk() && Grants.grants(e.response().get(), run.origin()))
                    .findFirst().ifPresent(e -> byEndpoint.computeIfAbsent(run.scenario().endpoint().path(),
                            k -> new ArrayList<>()).add(new Answer(run, e, e.response().get())));
        }
        byEndpoint.values().forEach(answers -> judge(answers, f));
    }

    private static void judge(List<Answer> answers, Findings f) {
        List<Dimension> varying = DIMENSIONS.stream().filter(d -> dependsOn(answers, d)).toList();
        for (Answer a : answers) {
            Set<String> vary = varyNames(a.response());
            List<String> missing = varying.stream().filter(d -> !a.answered(d.response()).isEmpty())
                    .map(Dimension::request).filter(n -> !vary.contains(n.toLowerCase(Locale.ROOT))
                            && !vary.contains("*")).toList();
            String depends = varying.isEmpty() ? "no answer that depends on the request"
                    : String.join(", ", varying.stream().map(d -> d.response() + " follows " + d.request()).toList());
            f.judge(RULE, a.run(), Engine.WIRE, !missing.isEmpty(),
                    "Vary naming each request header the preflight answer depends on (" + depends + ")",
                    "Vary: " + a.response().headers().combined("Vary").orElse("(absent)")
                            + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing)));
        }
    }

    /**
     * Two granting preflights that sent different values of the request header got different non-empty answers; for
     * the method and header lists, among preflights from one origin, so a per-origin list is not taken for reflection.
     */
    private static boolean dependsOn(List<Answer> answers, Dimension d) {
        Map<String, List<Answer>> groups = new LinkedHashMap<>();
        answers.forEach(a -> groups.computeIfAbsent(d.request().equals("Origin") ? "" : a.sent("Origin"),
                k -> new ArrayList<>()).add(a));
        return groups.values().stream().anyMatch(group -> {
            Map<String, Set<String>> answeredBySent = new LinkedHashMap<>();
            for (Answer a : group) {
                String answered = a.answered(d.response());
                if (!answered.isEmpty()) {
                    answeredBySent.computeIfAbsent(a.sent(d.request()), k -> new LinkedHashSet<>()).add(answered);
                }
            }
            Set<String> distinct = new LinkedHashSet<>();
            answeredBySent.values().forEach(distinct::addAll);
            return answeredBySent.size() > 1 && distinct.size() > 1;
        });
    }

    static Set<String> varyNames(RawResponse r) {
        Set<String> names = new LinkedHashSet<>();
        PreflightListChecks.elements(r, "Vary").forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return names;
    }
}
