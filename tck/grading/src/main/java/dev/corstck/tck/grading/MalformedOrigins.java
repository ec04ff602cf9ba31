package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.OriginRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;

/**
 * A malformed {@code Origin} (no serialized origin at all) must be refused like any origin the policy does not
 * allow, not crash the CORS layer into a server error (see fetch#origin-header; graded with or without a policy).
 */
final class MalformedOrigins {

    private MalformedOrigins() {
    }

    static void check(ScenarioRun run, Findings f) {
        if (run.scenario().originClass() != OriginClass.MALFORMED) {
            return;
        }
        for (var e : run.exchanges()) {
            if (e.response().isEmpty()) {
                continue;
            }
            RawResponse r = e.response().get();
            f.judge(OriginRules.MALFORMED_NO_SERVER_ERROR, run)
                    .by(Engine.WIRE)
                    .expected("a refusal (any status below 500) for Origin: " + abbreviated(run.origin()))
                    .actual(e.kind().name().toLowerCase(java.util.Locale.ROOT) + " answered " + r.status())
                    .violatedIf(r.status() >= 500);
        }
    }

    private static String abbreviated(String origin) {
        return origin.length() <= 60 ? origin : origin.substring(0, 40) + "... (" + origin.length() + " characters)";
    }
}
