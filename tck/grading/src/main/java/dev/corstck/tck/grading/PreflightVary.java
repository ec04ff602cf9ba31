package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.HttpCacheRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Preflight answers that depend on the request: when the granting preflights of one endpoint answer different
 * {@code Access-Control-Allow-Origin}, {@code -Methods} or {@code -Headers} for different {@code Origin},
 * {@code Access-Control-Request-Method} or {@code -Headers} (reflection), each must name that request header in
 * {@code Vary}, so no cache replays one preflight's answer to another (see fetch#cors-protocol-and-http-caches).
 * Compared across the scenarios of one endpoint.
 */
final class PreflightVary {

    // Compiled once: String.matches compiles its pattern on every call, and this runs for every response.
    private static final Pattern POSITIVE_MAX_AGE = Pattern.compile(".*(s-maxage|max-age)\\s*=\\s*0*[1-9].*");

    /** The rule this check decides. */
    static final Rule RULE = HttpCacheRules.PREFLIGHT_VARY;

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
            String expected = "Vary naming each request header the preflight answer depends on (" + depends + ")";
            String actual = "Vary: " + a.response().headers().combined("Vary").orElse("(absent)")
                    + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing));
            if (!missing.isEmpty() && !isHttpCacheable(a.response())) {
                // OPTIONS answers are not cacheable by HTTP's rules (RFC 9110 section 9.3.7) and browsers key their
                // own preflight cache: without explicit freshness no cache replays this answer, so it is a fact to
                // know (a CDN configured to cache OPTIONS would need the Vary), not a warning.
                f.judge(RULE, a.run())
                        .by(Engine.WIRE)
                        .expected(expected)
                        .actual(actual)
                        .evidence(EvidenceMapper.of(a.run()))
                        .report(Verdict.INFO, "the preflight answer is not HTTP-cacheable "
                                + "(no explicit freshness): no cache replays it unless one is configured to");
            } else {
                f.judge(RULE, a.run()).by(Engine.WIRE).expected(expected).actual(actual).violatedIf(!missing.isEmpty());
            }
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

    /** Explicit freshness a shared cache may act on: {@code public}, {@code max-age} or {@code s-maxage} above 0. */
    static boolean isHttpCacheable(RawResponse r) {
        String cc = r.headers().combined("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        if (cc.contains("no-store") || cc.contains("private")) {
            return false;
        }
        return cc.contains("public") || POSITIVE_MAX_AGE.matcher(cc).matches()
                || r.headers().contains("Expires");
    }

    static Set<String> varyNames(RawResponse r) {
        Set<String> names = new LinkedHashSet<>();
        PreflightListChecks.elements(r, "Vary").forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return names;
    }
}
