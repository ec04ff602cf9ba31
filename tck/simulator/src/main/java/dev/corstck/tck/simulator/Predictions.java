package dev.corstck.tck.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One scenario's predictions under several profiles: per engine, one prediction per fetch of the scenario.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Predictions(String scenarioId, Map<Engine, List<Prediction>> runs) {

    public Predictions {
        Objects.requireNonNull(scenarioId, "scenarioId must not be null");
        Map<Engine, List<Prediction>> copy = new LinkedHashMap<>();
        runs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        runs = java.util.Collections.unmodifiableMap(copy);
    }

    /** The prediction for the scenario's last fetch under {@code engine}. */
    public Prediction of(Engine engine) {
        List<Prediction> run = runs.get(engine);
        if (run == null) {
            throw new IllegalArgumentException("no prediction for " + engine + " in " + scenarioId);
        }
        return run.get(run.size() - 1);
    }

    /** The prediction under the Fetch standard as written. */
    public Prediction spec() {
        return of(Engine.SPEC);
    }

    /** The engines whose observable result for the last fetch differs from the spec's. */
    public List<Engine> divergingEngines() {
        Prediction.Observable spec = spec().observable();
        return runs.keySet().stream().filter(e -> e != Engine.SPEC)
                .filter(e -> !of(e).observable().equals(spec)).toList();
    }

    /** Answer whether any engine's observable result differs from the spec's ("fails the spec, passes in browsers"). */
    public boolean divergesFromSpec() {
        return runs.containsKey(Engine.SPEC) && !divergingEngines().isEmpty();
    }
}
