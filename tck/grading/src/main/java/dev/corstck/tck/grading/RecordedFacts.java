package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.TaoRules;
import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.tck.catalog.OriginRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.Optional;

/**
 * Facts worth reporting that grade nothing (INFO): a target letting {@code Origin: null} in (see
 * fetch#concept-request-tainted-origin), a preflight answered without any CORS header though the policy means it to
 * pass (answered as a plain OPTIONS, see fetch#http-access-control-request-method), an
 * {@code Access-Control-Allow-Private-Network} grant, and what {@code Timing-Allow-Origin} grants the page (see
 * fetch#concept-tao-check).
 */
final class RecordedFacts {

    private RecordedFacts() {
    }

    static void check(ScenarioRun run, Findings f) {
        if (run.scenario().originClass() == OriginClass.NULL) {
            run.exchanges().stream().flatMap(e -> e.response().stream()).filter(r -> Grants.grants(r, "null"))
                    .findFirst().ifPresent(r -> f.judge(OriginRules.NULL_HANDLING, run)
                            .by(Engine.WIRE)
                            .expected("a record of how Origin: null is answered")
                            .actual("Origin: null let in: Access-Control-Allow-Origin " + Grants.acaoText(r)
                                    + ", Access-Control-Allow-Credentials " + r.headers().combined(Grants.ACAC)
                                    .orElse("(absent)"))
                            .violatedIf(true));
        }
        Optional<Exchange> preflight = run.exchanges().stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT
                && e.response().isPresent() && run.sentOrigin(e)).findFirst();
        preflight.ifPresent(e -> preflight(run, e.response().get(), f));
        Optional<RawResponse> actual = run.response(ExchangeKind.ACTUAL);
        if (actual.isPresent() && run.scenario().originClass() == OriginClass.ALLOWED
                && run.scenario().shape().name().equals("get") && Grants.grants(actual.get(), run.origin())) {
            actual.get().headers().combined("Timing-Allow-Origin").ifPresent(tao -> f.judge(TaoRules.TIMING_ALLOW_ORIGIN, run)
                    .by(Engine.WIRE)
                    .expected("a record of what Timing-Allow-Origin grants the page")
                    .actual("Timing-Allow-Origin: " + tao + (grantsTiming(tao, run.origin()) ? " (grants "
                            + run.origin()
                            + " detailed timing)" : " (does not grant " + run.origin() + ")"))
                    .evidence(EvidenceMapper.of(run))
                    .report(Verdict.INFO, "recorded"));
        }
    }

    private static void preflight(ScenarioRun run, RawResponse r, Findings f) {
        if (PreflightChecks.meantToPass(run)) {
            boolean anyCors = r.headers().fields().stream().anyMatch(h -> h.name().regionMatches(true, 0,
                    "Access-Control-", 0, 15));
            f.judge(PreflightRules.RECOGNISED_BY_ACRM, run)
                    .by(Engine.WIRE)
                    .expected("OPTIONS with Origin and Access-Control-Request-Method answered as a CORS preflight")
                    .actual("status " + r.status() + " without any Access-Control-* header"
                            + r.headers().combined("Allow").map(a -> " (Allow: " + a + ")").orElse(""))
                    .violatedIf(!anyCors);
        }
        r.headers().combined("Access-Control-Allow-Private-Network").ifPresent(v -> f.judge(PreflightRules.PRIVATE_NETWORK_ACCESS, run)
                .by(Engine.WIRE)
                .expected("a record of Access-Control-Allow-Private-Network grants")
                .actual("Access-Control-Allow-Private-Network: " + v + " (sent without being asked)")
                .violatedIf(true));
    }

    private static boolean grantsTiming(String tao, String origin) {
        return java.util.Arrays.stream(tao.split(",")).map(String::strip).anyMatch(v -> v.equals("*")
                || v.equals(origin));
    }
}
