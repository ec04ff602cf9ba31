package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.HttpCacheRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A static {@code Access-Control-Allow-Origin} ({@code *}, or one fixed origin answered to every origin) is sent on
 * the response without {@code Origin} too, or that response names {@code Origin} in {@code Vary}: otherwise a cache
 * that stored the answer to a request without {@code Origin} (a navigation, a same-origin fetch) serves it to a CORS
 * request, which then fails (see fetch#cors-protocol-and-http-caches, last paragraph). Compared across the scenarios
 * of one endpoint: the CORS GETs from several origins and the GET without {@code Origin}.
 */
final class StaticAcao {

    /** The rule this check decides. */
    static final Rule RULE = HttpCacheRules.STATIC_ACAO_ALWAYS;

    private StaticAcao() {
    }

    static void check(List<ScenarioRun> runs, Findings f) {
        Map<String, List<ScenarioRun>> byEndpoint = new LinkedHashMap<>();
        runs.stream().filter(r -> r.failure().isEmpty()).forEach(r -> byEndpoint.computeIfAbsent(
                r.scenario().endpoint().path(), k -> new ArrayList<>()).add(r));
        byEndpoint.values().forEach(list -> judge(list, f));
    }

    private static void judge(List<ScenarioRun> runs, Findings f) {
        Optional<ScenarioRun> bare = runs.stream().filter(r -> r.scenario().originClass() == OriginClass.SAME_ORIGIN)
                .findFirst();
        Optional<String> value = staticValue(runs);
        if (bare.isEmpty() || value.isEmpty()) {
            return;
        }
        Optional<RawResponse> r = bare.get().response(ExchangeKind.ACTUAL);
        if (r.isEmpty() || !Grants.heuristicallyStorable(r.get())) {
            return;
        }
        boolean keyed = PreflightVary.varyNames(r.get()).contains("origin") || Grants.lists(r.get(), "Vary", "*");
        boolean sent = r.get().headers().all(Grants.ACAO).stream().map(String::strip).anyMatch(value.get()::equals);
        f.judge(RULE, bare.get())
                .by(Engine.WIRE)
                .expected("Access-Control-Allow-Origin: " + value.get() + " on the response without Origin too (the endpoint "
                        + "answers it to every origin), or Vary: Origin")
                .actual("status " + r.get().status() + " without Origin: Access-Control-Allow-Origin " + Grants.acaoText(r.get())
                        + ", Vary: " + r.get().headers().combined("Vary").orElse("(absent)"))
                .violatedIf(!sent && !keyed);
    }

    /**
     * The one ACAO value every CORS GET of the endpoint got, when it is static: {@code *}, or one origin that was
     * also answered to a request from another origin.
     */
    private static Optional<String> staticValue(List<ScenarioRun> runs) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> origins = new LinkedHashSet<>();
        boolean toAnother = false;
        for (ScenarioRun run : runs) {
            if (!isCorsGet(run)) {
                continue;
            }
            Optional<RawResponse> r = run.response(ExchangeKind.ACTUAL);
            if (r.isEmpty()) {
                continue;
            }
            List<String> acao = r.get().headers().all(Grants.ACAO);
            values.add(acao.size() == 1 ? HttpWhitespace.strip(acao.get(0)) : Grants.acaoText(r.get()));
            origins.add(run.origin());
            toAnother |= acao.size() == 1 && !HttpWhitespace.strip(acao.get(0)).equals(run.origin());
        }
        if (values.size() != 1 || origins.size() < 2) {
            return Optional.empty();
        }
        String v = values.iterator().next();
        return v.equals("*") || (toAnother && !v.equals("(absent)") && !v.contains("|")) ? Optional.of(v)
                : Optional.empty();
    }

    private static boolean isCorsGet(ScenarioRun run) {
        return run.scenario().shape().method().equals("GET") && run.scenario().shape().headers().isEmpty()
                && !run.scenario().shape().noCors() && run.scenario().originClass() != OriginClass.SAME_ORIGIN
                && !run.scenario().isWireOnly();
    }
}
