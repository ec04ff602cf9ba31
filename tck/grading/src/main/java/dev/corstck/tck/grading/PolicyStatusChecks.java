package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PolicyRules;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.Optional;

/**
 * Statuses against the policy file (INFO): a legitimate declared call gets the endpoint's {@code status} (any 2xx
 * where a 2xx is declared: one endpoint may answer GET 200 and POST 201), and a
 * granting preflight gets the policy's {@code optionsSuccessStatus} (the reference implementation's preflight status
 * for the same policy). Any ok status satisfies browsers, so a difference is reported, never graded.
 */
final class PolicyStatusChecks {

    private PolicyStatusChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        if (!run.isDeclared() || run.scenario().originClass() != OriginClass.ALLOWED) {
            return;
        }
        boolean readable = run.actualSpec().map(p -> p.outcome() == Outcome.CORS_OK).orElse(false);
        Optional<RawResponse> last = run.exchanges().stream().filter(e -> e.kind() == ExchangeKind.ACTUAL)
                .reduce((a, b) -> b).flatMap(Exchange::response);
        if (readable && last.isPresent() && run.scenario().shape().name().startsWith("declared-")) {
            int status = run.scenario().endpoint().status();
            int got = last.get().status();
            boolean differs = status / 100 == 2 ? got / 100 != 2 : got != status;
            f.judge(PolicyRules.ENDPOINT_STATUS, run)
                    .by(Engine.WIRE)
                    .expected("status " + status + " for a legitimate " + run.scenario().shape().method() + " of "
                            + run.scenario().endpoint().path() + ", as the policy file says")
                    .actual("status " + last.get().status())
                    .violatedIf(differs);
        }
        Optional<RawResponse> preflight = run.response(ExchangeKind.PREFLIGHT);
        Optional<RawResponse> expected = run.expectedResponse(ExchangeKind.PREFLIGHT);
        if (preflight.isPresent() && expected.isPresent() && preflight.get().isOk()
                && Grants.grants(preflight.get(), run.origin()) && PreflightChecks.meantToPass(run)) {
            f.judge(PolicyRules.OPTIONS_SUCCESS_STATUS, run)
                    .by(Engine.WIRE)
                    .expected("status " + expected.get().status() + " (optionsSuccessStatus) for a granting preflight")
                    .actual("OPTIONS answered " + preflight.get().status())
                    .violatedIf(preflight.get().status() != expected.get().status());
        }
    }
}
