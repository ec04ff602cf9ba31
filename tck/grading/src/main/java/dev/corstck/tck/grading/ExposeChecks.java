package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.ExposeRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code Access-Control-Expose-Headers} goes: on the actual response, where it takes effect, not only on the
 * preflight, where it has none (see fetch#http-access-control-expose-headers); and {@code Set-Cookie} is never
 * readable, listed or not (see fetch#forbidden-response-header-name).
 */
final class ExposeChecks {

    private ExposeChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> preflight = run.response(ExchangeKind.PREFLIGHT);
        Optional<RawResponse> actual = run.response(ExchangeKind.ACTUAL);
        if (preflight.isPresent() && actual.isPresent() && Grants.grants(actual.get(), run.origin())) {
            onActual(run, preflight.get(), actual.get(), f);
        }
        for (Exchange e : run.exchanges()) {
            if (e.kind() == ExchangeKind.ACTUAL && run.sentOrigin(e) && e.response().isPresent()) {
                List<String> listed = PreflightListChecks.elements(e.response().get(), Grants.ACEH);
                boolean cookie = listed.stream().anyMatch(n -> n.equalsIgnoreCase("Set-Cookie")
                        || n.equalsIgnoreCase("Set-Cookie2"));
                f.judge(ExposeRules.SET_COOKIE_NEVER, run)
                        .by(Engine.WIRE)
                        .expected("Access-Control-Expose-Headers without Set-Cookie, which script can never read")
                        .actual("Access-Control-Expose-Headers: " + String.join(", ", listed))
                        .violatedIf(cookie);
            }
        }
    }

    /** Every name the preflight exposes is exposed by the actual response too, where it counts. */
    private static void onActual(ScenarioRun run, RawResponse preflight, RawResponse actual, Findings f) {
        List<String> onPreflight = PreflightListChecks.elements(preflight, Grants.ACEH);
        if (onPreflight.isEmpty()) {
            return;
        }
        Set<String> onActual = Set.copyOf(PreflightListChecks.elements(actual, Grants.ACEH).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList());
        List<String> missing = onPreflight.stream().filter(n -> !onActual.contains(n.toLowerCase(Locale.ROOT))
                && !(onActual.contains("*") && !run.scenario().includesCredentials())).toList();
        f.judge(ExposeRules.ON_ACTUAL_RESPONSE, run)
                .by(Engine.WIRE)
                .expected("the names the preflight exposes (" + String.join(", ", onPreflight)
                        + ") exposed on the actual "
                        + "response, where Access-Control-Expose-Headers takes effect")
                .actual("actual response Access-Control-Expose-Headers: " + actual.headers().combined(Grants.ACEH)
                        .orElse("(absent)") + (missing.isEmpty() ? "" : "; only on the preflight: "
                        + String.join(", ", missing)))
                .violatedIf(!missing.isEmpty());
    }
}
