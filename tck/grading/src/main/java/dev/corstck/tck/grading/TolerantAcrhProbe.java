package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A granted preflight again, with {@code Access-Control-Request-Headers} as other clients and proxies send it: the
 * names in the script's case, in another order, joined by {@code ", "}. Browsers always send the sorted lowercase form
 * (see fetch#convert-header-names-to-a-sorted-lowercase-set), so a server that only matches that form works in
 * browsers and fails elsewhere. One probe per endpoint and header list, from the target's first allowed origin.
 */
final class TolerantAcrhProbe {

    /** The rule this probe decides. */
    static final Rule RULE = PreflightRules.TOLERANT_ACRH;

    private TolerantAcrhProbe() {
    }

    /**
     * Probe {@code runs}' granted preflights from {@code origin}: the target's first allowed page origin (one origin
     * for the whole target, whichever endpoint's runs these are), empty when the target has none.
     */
    static void check(List<ScenarioRun> runs, Optional<String> origin, Responder target, Findings f) {
        Set<String> done = new HashSet<>();
        for (ScenarioRun run : runs) {
            if (run.failure().isPresent() || origin.filter(run.origin()::equals).isEmpty()
                    || run.scenario().isWireOnly()) {
                continue;
            }
            Optional<Exchange> first = FollowUpProbes.first(run, ExchangeKind.PREFLIGHT);
            Optional<String> acrh = first.flatMap(e -> e.request().headers().first("Access-Control-Request-Headers"));
            if (acrh.isEmpty() || !granted(run, first.get().response().get(), List.of(acrh.get().split(",")))
                    || !done.add(run.scenario().endpoint().path() + " " + acrh.get())) {
                continue;
            }
            String tolerant = tolerantForm(run);
            RawRequest again = first.get().request().withHeaders(first.get().request().headers()
                    .replacing("Access-Control-Request-Headers", tolerant));
            Exchange e = FollowUpProbes.send(target, first.get(), ExchangeKind.PREFLIGHT, again);
            e.response().ifPresent(r -> f.judge(RULE, FollowUpProbes.derived(run, List.of(first.get(), e)))
                    .by(Engine.WIRE)
                    .expected("Access-Control-Request-Headers: " + tolerant + " granted like " + acrh.get())
                    .actual("OPTIONS answered " + r.status() + ", Access-Control-Allow-Origin " + Grants.acaoText(r)
                            + ", Access-Control-Allow-Headers " + r.headers().combined(Grants.ACAH).orElse("(absent)"))
                    .violatedIf(!granted(run, r, List.of(tolerant.split(",")))));
        }
    }

    /** The script's header names in their own case, reversed, joined by a comma and a space. */
    private static String tolerantForm(ScenarioRun run) {
        List<String> names = new ArrayList<>(run.scenario().shape().headers().stream().map(HeaderField::name)
                .distinct().toList());
        Collections.reverse(names);
        return String.join(", ", names);
    }

    /** An ok preflight granting the origin and listing every name (case-insensitively, or by {@code *}). */
    private static boolean granted(ScenarioRun run, RawResponse r, List<String> names) {
        List<String> listed = PreflightListChecks.elements(r, Grants.ACAH);
        boolean star = listed.contains("*") && !run.scenario().includesCredentials();
        return r.isOk() && Grants.grants(r, run.origin()) && names.stream().map(String::strip)
                .allMatch(n -> listed.stream().anyMatch(l -> l.equalsIgnoreCase(n))
                        || (star && !n.equalsIgnoreCase("Authorization")));
    }
}
