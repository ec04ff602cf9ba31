package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A running engine: what it is, what it can observe, and the processes the harness started for it.
 *
 * @param engine the engine
 * @param browserVersion the browser's version string (e.g. {@code 156.0.8078.108})
 * @param capabilities what it can observe besides JavaScript
 * @param processIds the PIDs of the browser's main process and helpers the harness started (empty for remote
 *     engines)
 * @param restarts how often the harness restarted it after a crash or hang
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EngineInfo(Engine engine, String browserVersion, Set<Capability> capabilities, List<Long> processIds,
        int restarts) {

    public EngineInfo {
        capabilities = Set.copyOf(capabilities);
        processIds = List.copyOf(processIds);
    }
}
