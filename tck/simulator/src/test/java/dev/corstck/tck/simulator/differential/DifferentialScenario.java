package dev.corstck.tck.simulator.differential;

import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.replay.ScriptedResponder;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One differential scenario: the page's actions, what each target origin answers, and the expected result under the
 * spec with the engines' documented departures.
 *
 * @param group the rule group it exercises (e.g. {@code preflight}, {@code redirect})
 * @param servers the script of each target origin, keyed by serialized origin
 * @param engines expectations that differ from {@code spec} for an engine (tck/SPEC-NOTES.md#browser-differences)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DifferentialScenario(String group, Scenario scenario, Map<String, ServerScript> servers,
        Expectation spec, Map<Engine, Expectation> engines, Replay replay) {

    public DifferentialScenario {
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(scenario, "scenario must not be null");
        servers = Map.copyOf(servers);
        Objects.requireNonNull(spec, "spec must not be null");
        engines = Map.copyOf(engines);
        Objects.requireNonNull(replay, "replay must not be null");
    }

    public String id() {
        return scenario.id();
    }

    /** The expectation under {@code engine}: its documented departure, or the spec's. */
    public Expectation expected(Engine engine) {
        return engines.getOrDefault(engine, spec);
    }

    /** An in-memory responder that answers exactly as the replaying server would. */
    public ScriptedResponder responder() {
        return new ScriptedResponder(servers);
    }

    /**
     * A copy whose canonical hosts ({@code app.localhost:41001}, …) are replaced everywhere (URLs, origins, header
     * values, scripts) by the {@code host:port} a test really serves them on.
     */
    public DifferentialScenario rebind(Map<String, String> hostPorts) {
        return Rebinder.rebind(this, hostPorts);
    }

    /**
     * A copy whose every URL, script path and redirect target sits under {@code prefix} (e.g. {@code /s42}), so that
     * scenarios can share a server and a browsing context without one's cache entries or cookies serving another,
     * and the server's journal is attributable by path.
     */
    public DifferentialScenario underPath(String prefix) {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must start and not end with '/': " + prefix);
        }
        return Rebinder.underPath(this, prefix);
    }

    @Override
    public String toString() {
        return id();
    }
}
