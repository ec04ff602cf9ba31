package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.CorpRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What guards a response against no-cors reads, which CORS never does: a valid {@code Cross-Origin-Resource-Policy}
 * (see fetch#cross-origin-resource-policy-header) and, for JSON, its real {@code Content-Type} with
 * {@code X-Content-Type-Options: nosniff}, so opaque-response blocking drops it (see
 * fetch#x-content-type-options-header).
 * Judged on the no-cors GET, the read those protections are for; INFO only: reported where seen.
 */
final class CorpChecks {


    private static final Set<String> CORP_VALUES = Set.of("same-origin", "same-site", "cross-origin");

    private CorpChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> actual = run.response(ExchangeKind.ACTUAL);
        if (actual.isEmpty() || !run.scenario().shape().noCors()) {
            return;
        }
        RawResponse r = actual.get();
        List<String> corp = r.headers().all("Cross-Origin-Resource-Policy");
        if (!corp.isEmpty()) {
            boolean valid = corp.size() == 1 && CORP_VALUES.contains(corp.get(0).strip());
            f.judge(CorpRules.VALUE_VALID, run)
                    .by(Engine.WIRE)
                    .expected("Cross-Origin-Resource-Policy: same-origin, same-site or cross-origin, once")
                    .actual("Cross-Origin-Resource-Policy: " + String.join(" | ", corp))
                    .violatedIf(!valid);
        }
        String type = r.headers().combined("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String body = r.body().stripLeading();
        boolean json = type.contains("json") || ((body.startsWith("{") || body.startsWith("[")) && r.status() < 300);
        if (json && r.isOk()) {
            boolean labelled = type.contains("json");
            boolean nosniff = r.headers().all("X-Content-Type-Options").stream()
                    .anyMatch(v -> v.strip().equalsIgnoreCase("nosniff"));
            f.judge(CorpRules.NOSNIFF_JSON, run)
                    .by(Engine.WIRE)
                    .expected("a JSON body labelled application/json, with X-Content-Type-Options: nosniff")
                    .actual("Content-Type: " + r.headers().combined("Content-Type").orElse("(absent)")
                            + ", X-Content-Type-Options: " + r.headers().combined("X-Content-Type-Options")
                            .orElse("(absent)"))
                    .violatedIf(!(labelled && nosniff));
        }
    }
}
