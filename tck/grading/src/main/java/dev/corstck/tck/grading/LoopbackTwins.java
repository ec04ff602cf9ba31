package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Prediction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seed guide's {@code localhost} vs {@code 127.0.0.1}: both are meant, and the same call works from one and not
 * from the other (see fetch#serialized-origin: they are different origins). Graded with a policy only.
 */
final class LoopbackTwins {

    // Compiled once: String.matches compiles its pattern on every call, and this runs for every scenario.
    private static final Pattern DEV_LOOPBACK_ORIGIN = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?");

    /** The rule this check decides by comparing each loopback scenario with its twin. */
    static final Rule RULE = SeedRules.LOCALHOST_VS_127;

    private LoopbackTwins() {
    }

    static void check(List<ScenarioRun> runs, Findings f) {
        Map<String, ScenarioRun> byKey = new HashMap<>();
        for (ScenarioRun r : runs) {
            twinKey(r).ifPresent(k -> byKey.put(k, r));
        }
        for (ScenarioRun r : runs) {
            Optional<String> key = twinKey(r);
            Optional<ScenarioRun> twin = key.map(k -> byKey.get(swap(k)));
            if (key.isEmpty() || twin.isEmpty() || r.failure().isPresent() || twin.get().failure().isPresent()
                    || !r.requirement().mustShare() || !twin.get().requirement().mustShare()) {
                continue;
            }
            Optional<Prediction> mine = r.actualSpec();
            Optional<Prediction> theirs = twin.get().actualSpec();
            if (mine.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            boolean refusedHereOnly = mine.get().outcome() == Outcome.NETWORK_ERROR
                    && theirs.get().outcome() != Outcome.NETWORK_ERROR;
            f.judge(RULE, r)
                    .by(Engine.SIMULATOR)
                    .expected("the same outcome as from " + twin.get().origin() + ": " + theirs.get().outcome())
                    .actual(mine.get().outcome() + " from " + r.origin())
                    .violatedIf(refusedHereOnly);
        }
    }

    /** The scenario's identity with its loopback host as a placeholder, when its origin is a dev loopback origin. */
    private static Optional<String> twinKey(ScenarioRun r) {
        String o = r.origin();
        if (!r.isDeclared() || !DEV_LOOPBACK_ORIGIN.matcher(o).matches()) {
            return Optional.empty();
        }
        String host = o.contains("localhost") ? "localhost" : "127.0.0.1";
        String rest = r.scenario().endpoint().path() + "|" + r.scenario().shape().name() + "|"
                + r.scenario().credentials();
        return Optional.of(o.replace(host, "{" + host + "}") + "|" + rest);
    }

    private static String swap(String key) {
        return key.contains("{localhost}") ? key.replace("{localhost}", "{127.0.0.1}")
                : key.replace("{127.0.0.1}", "{localhost}");
    }
}
