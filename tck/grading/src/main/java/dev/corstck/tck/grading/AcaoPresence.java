package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.CorsCheckRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.Optional;

/**
 * Responses the policy means to share must carry {@code Access-Control-Allow-Origin} (see fetch#concept-cors-check
 * step 2): on every route (the seed guide's "cors() after the routes") and on error statuses too.
 */
final class AcaoPresence {

    private AcaoPresence() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> actual = run.response(ExchangeKind.ACTUAL);
        // Graded only where the policy requires this request to be readable and the actual request carried the
        // origin: a no-cors or same-origin GET sends none, and a route may refuse methods its clients never call.
        boolean sentOrigin = run.exchanges().stream().filter(e -> e.kind() == ExchangeKind.ACTUAL).findFirst()
                .map(run::sentOrigin).orElse(false);
        if (!run.requirement().mustShare() || actual.isEmpty() || !sentOrigin) {
            return;
        }
        RawResponse r = actual.get();
        boolean absent = !r.headers().contains(Grants.ACAO);
        String actualText = "status " + r.status() + ", Access-Control-Allow-Origin " + Grants.acaoText(r);
        String expected = "Access-Control-Allow-Origin on the response to '" + run.origin() + "'";
        f.judge(CorsCheckRules.ACAO_PRESENT, run)
                .by(Engine.WIRE)
                .expected(expected)
                .actual(actualText)
                .violatedIf(absent);
        // The seed's "cors() after the routes": the CORS layer answered the preflight, the route answered without it.
        boolean preflightGranted = run.response(ExchangeKind.PREFLIGHT).map(p -> Grants.grants(p, run.origin()))
                .orElse(false);
        if (preflightGranted) {
            f.judge(SeedRules.CORS_BEFORE_ROUTES, run)
                    .by(Engine.WIRE)
                    .expected(expected + " on the routed response, as on"
                            + " its preflight")
                    .actual(actualText)
                    .violatedIf(absent);
        }
        // Error statuses: an error the application answered on a route the CORS layer lets the origin into (its
        // preflight granted). A 403 from the CORS layer refusing the origin is the refusal itself, not this.
        if (r.status() >= 400 && preflightGranted) {
            f.judge(CorsCheckRules.ERROR_STATUSES, run)
                    .by(Engine.WIRE)
                    .expected(expected + " (error status too)")
                    .actual(actualText)
                    .violatedIf(absent);
        }
    }
}
