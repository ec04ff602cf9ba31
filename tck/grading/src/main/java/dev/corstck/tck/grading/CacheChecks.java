package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.HttpCacheRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that compare scenarios of one endpoint: {@code Vary: Origin} where the CORS answer depends on the origin
 * (see fetch#cors-protocol-and-http-caches; a fixed {@code *} or one static origin needs none), and requests without
 * {@code Origin} answered like the others (the seed guide's origin callback without the {@code !origin} guard).
 */
final class CacheChecks {

    private CacheChecks() {
    }

    static void check(List<ScenarioRun> runs, Findings f) {
        Map<String, List<ScenarioRun>> byEndpoint = new LinkedHashMap<>();
        runs.stream().filter(r -> r.failure().isEmpty())
                .forEach(r -> byEndpoint.computeIfAbsent(r.scenario().endpoint().path(), k -> new ArrayList<>()).add(r));
        byEndpoint.values().forEach(list -> {
            vary(list, f);
            noOriginGuard(list, f);
        });
    }

    private static void vary(List<ScenarioRun> runs, Findings f) {
        // The copy a cache keeps may come from any of these requests, the one without Origin included
        // (R-VARY-01: "present for CORS requests, absent otherwise" is origin-dependent too).
        List<ScenarioRun> stored = runs.stream().filter(r -> cacheable(r).isPresent()).toList();
        Set<String> answers = new LinkedHashSet<>();
        stored.stream().filter(r -> r.scenario().originClass() != OriginClass.SAME_ORIGIN)
                .forEach(r -> answers.add(Grants.acaoText(cacheable(r).get())));
        if (answers.size() < 2) {
            return; // one static answer to every origin: sent without Origin too is http-cache.static-acao-always
        }
        stored.stream().filter(r -> r.scenario().originClass() == OriginClass.SAME_ORIGIN)
                .forEach(r -> answers.add(Grants.acaoText(cacheable(r).get())));
        Set<String> baseline = sameOriginVary(runs);
        for (ScenarioRun run : stored) {
            RawResponse r = cacheable(run).get();
            Set<String> names = varyNames(r);
            List<String> missing = new ArrayList<>();
            if (!names.contains("origin") && !names.contains("*")) {
                missing.add("Origin");
            }
            baseline.stream().filter(n -> !names.contains(n) && !names.contains("*")).forEach(missing::add);
            boolean noOrigin = run.scenario().originClass() == OriginClass.SAME_ORIGIN;
            f.judge(HttpCacheRules.VARY_ORIGIN, run)
                    .by(Engine.WIRE)
                    .expected("Vary naming Origin" + (baseline.isEmpty() ? "" : " and " + String.join(", ", baseline))
                            + (noOrigin ? " on the answer to a request without Origin too" : "")
                            + " (Access-Control-Allow-Origin depends on the origin: " + String.join(" / ", answers) + ")")
                    .actual("Vary: " + r.headers().combined("Vary").orElse("(absent)")
                            + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing)))
                    .violatedIf(!missing.isEmpty());
        }
    }

    /**
     * The response to a GET or HEAD, with Origin or the same-origin one without, that a cache may store and hand to
     * another request for the URL: a heuristically cacheable status, neither {@code no-store} nor {@code private}.
     */
    private static Optional<RawResponse> cacheable(ScenarioRun run) {
        String method = run.scenario().shape().method();
        if (!(method.equals("GET") || method.equals("HEAD")) || run.scenario().shape().noCors()
                || !run.scenario().shape().headers().isEmpty() || run.scenario().isWireOnly()) {
            return Optional.empty();
        }
        return run.response(ExchangeKind.ACTUAL).filter(Grants::heuristicallyStorable);
    }

    /** The Vary names the endpoint sends without Origin: a CORS answer must keep them (and add Origin). */
    private static Set<String> sameOriginVary(List<ScenarioRun> runs) {
        return runs.stream().filter(r -> r.scenario().originClass() == OriginClass.SAME_ORIGIN)
                .flatMap(r -> r.response(ExchangeKind.ACTUAL).stream()).findFirst().map(CacheChecks::varyNames)
                .orElse(Set.of()).stream().filter(n -> !n.equals("origin")).collect(java.util.stream.Collectors
                        .toCollection(LinkedHashSet::new));
    }

    private static Set<String> varyNames(RawResponse r) {
        Set<String> names = new LinkedHashSet<>();
        r.headers().all("Vary").forEach(v -> {
            for (String n : v.split(",")) {
                if (!n.isBlank()) {
                    names.add(n.strip().toLowerCase(Locale.ROOT));
                }
            }
        });
        return names;
    }

    /** A request without Origin fails with a server error where origin-bearing requests do not. */
    private static void noOriginGuard(List<ScenarioRun> runs, Findings f) {
        Optional<ScenarioRun> same = runs.stream()
                .filter(r -> r.scenario().originClass() == OriginClass.SAME_ORIGIN).findFirst();
        Optional<RawResponse> bare = same.flatMap(r -> r.response(ExchangeKind.ACTUAL));
        Optional<Integer> withOrigin = runs.stream().filter(r -> r.scenario().originClass() == OriginClass.ALLOWED)
                .flatMap(r -> r.response(ExchangeKind.ACTUAL).stream()).map(RawResponse::status).filter(s -> s < 500)
                .findFirst();
        if (bare.isEmpty() || withOrigin.isEmpty()) {
            return;
        }
        f.judge(SeedRules.CALLBACK_NO_ORIGIN_GUARD, same.get())
                .by(Engine.WIRE)
                .expected("a request without Origin answered like one from an allowed origin (status " + withOrigin.get() + ")")
                .actual("status " + bare.get().status() + " without Origin")
                .violatedIf(bare.get().status() >= 500);
    }
}
