package dev.corstck.tck.grading;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Prediction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed guide's {@code localhost} vs {@code 127.0.0.1}: both are meant, and the same call works from one and not
 * from the other (see fetch#serialized-origin: they are different origins). Graded with a policy only.
 */
final class LoopbackTwins {

    /** The rule this check decides by comparing each loopback scenario with its twin. */
    static final String RULE = "seed.localhost-vs-127";

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
            f.judge(RULE, r, Engine.SIMULATOR, refusedHereOnly,
                    "the same outcome as from " + twin.get().origin() + ": " + theirs.get().outcome(),
                    mine.get().outcome() + " from " + r.origin());
        }
    }

    /** The scenario's identity with its loopback host as a placeholder, when its origin is a dev loopback origin. */
    private static Optional<String> twinKey(ScenarioRun r) {
        String o = r.origin();
        if (!r.isDeclared() || !o.matches("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?")) {
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
