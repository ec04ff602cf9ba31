package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code OPTIONS} request that carries {@code Origin} but no {@code Access-Control-Request-Method} is no CORS-preflight
 * request (see fetch#cors-preflight-request): it belongs to the application (its own OPTIONS handler, an
 * {@code Allow} answer), with at most the CORS headers of an actual response. A CORS layer that answers it with the
 * preflight-only headers ({@code Access-Control-Allow-Methods}, {@code -Headers}, {@code -Max-Age}) swallows every
 * cross-origin OPTIONS (express {@code cors} checks the method only). One probe per endpoint, from an allowed origin.
 */
final class PlainOptionsProbe {

    /** The rule this probe decides. */
    static final Rule RULE = PreflightRules.ONLY_WITH_ACRM;

    private static final List<String> PREFLIGHT_ONLY = List.of(Grants.ACAM, Grants.ACAH, Grants.MAX_AGE);

    private PlainOptionsProbe() {
    }

    static void check(List<ScenarioRun> runs, Responder target, Findings f) {
        Set<String> done = new HashSet<>();
        for (ScenarioRun run : runs) {
            Optional<Exchange> like = FollowUpProbes.first(run, ExchangeKind.ACTUAL);
            if (run.failure().isPresent() || like.isEmpty() || run.scenario().originClass() != OriginClass.ALLOWED
                    || !run.requirement().mustShare() || !done.add(run.scenario().endpoint().path())) {
                continue;
            }
            String path = like.get().request().target();
            RawRequest options = BrowserRequests.actual("OPTIONS", path, run.origin(), HeaderList.empty(), "");
            Exchange e = FollowUpProbes.send(target, like.get(), ExchangeKind.ACTUAL, options);
            if (e.response().isEmpty()) {
                continue;
            }
            RawResponse r = e.response().get();
            List<String> preflightOnly = PREFLIGHT_ONLY.stream().filter(r.headers()::contains).toList();
            f.judge(RULE, FollowUpProbes.derived(run, List.of(e)))
                    .by(Engine.WIRE)
                    .expected("OPTIONS " + path + " with Origin and no Access-Control-Request-Method answered by the application"
                            + " (no preflight-only headers)")
                    .actual("answered " + r.status() + (preflightOnly.isEmpty() ? " without preflight headers"
                            : " as a CORS preflight: " + String.join(", ", preflightOnly)))
                    .violatedIf(!preflightOnly.isEmpty());
        }
    }
}
