package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preflight goes to the actual request's URL, query included (see fetch#cors-preflight-request): a preflight the
 * policy means to pass passes with the query, or, when it fails, the same OPTIONS without the query and a plain GET
 * with it show whether only the query broke it. Only a failed preflight is sent again (once per endpoint, method and
 * header list); when the GET with the query is refused too, the query is refused everywhere, which is the target's
 * right, and nothing is judged.
 */
final class SameUrlProbe {

    /** The rule this probe decides. */
    static final Rule RULE = PreflightRules.SAME_URL;

    private SameUrlProbe() {
    }

    static void check(List<ScenarioRun> runs, Responder target, Findings f) {
        Set<String> done = new HashSet<>();
        for (ScenarioRun run : runs) {
            Optional<Exchange> first = FollowUpProbes.first(run, ExchangeKind.PREFLIGHT);
            if (run.failure().isPresent() || first.isEmpty() || run.scenario().isWireOnly()
                    || !PreflightChecks.meantToPass(run)) {
                continue;
            }
            Exchange e = first.get();
            RawResponse r = e.response().get();
            String target0 = e.request().target();
            if (passes(run, r)) {
                f.judge(RULE, run)
                        .by(Engine.WIRE)
                        .expected("OPTIONS " + target0 + " answered like the actual request")
                        .actual("OPTIONS answered " + r.status() + ", Access-Control-Allow-Origin "
                                + Grants.acaoText(r))
                        .violatedIf(false);
                continue;
            }
            int q = target0.indexOf('?');
            if (q < 0 || !done.add(run.scenario().endpoint().path() + " " + e.request().headers())) {
                continue;
            }
            retry(run, e, target0.substring(0, q), target, f);
        }
    }

    private static void retry(ScenarioRun run, Exchange e, String path, Responder target, Findings f) {
        RawRequest bare = new RawRequest("OPTIONS", path, e.request().headers(), "");
        Exchange withoutQuery = FollowUpProbes.send(target, e, ExchangeKind.PREFLIGHT, bare);
        Exchange get = FollowUpProbes.send(target, e, ExchangeKind.ACTUAL, BrowserRequests.actual("GET",
                e.request().target(), run.origin(), HeaderList.empty(), ""));
        boolean bareOk = withoutQuery.response().filter(r -> passes(run, r)).isPresent();
        boolean getAnswered = get.response().filter(r -> r.status() < 400).isPresent();
        if (!bareOk || !getAnswered) {
            return;
        }
        f.judge(RULE, FollowUpProbes.derived(run, List.of(e, withoutQuery, get)))
                .by(Engine.WIRE)
                .expected("OPTIONS " + e.request().target() + " answered like GET to the same URL and like OPTIONS "
                        + path)
                .actual("with the query: OPTIONS answered " + e.response().get().status()
                        + ", Access-Control-Allow-Origin "
                        + Grants.acaoText(e.response().get()) + "; without it: "
                        + withoutQuery.response().get().status()
                        + ", Access-Control-Allow-Origin " + Grants.acaoText(withoutQuery.response().get())
                        + "; GET with the query: " + get.response().get().status())
                .violatedIf(true);
    }

    private static boolean passes(ScenarioRun run, RawResponse r) {
        return r.isOk() && Grants.grants(r, run.origin());
    }
}
