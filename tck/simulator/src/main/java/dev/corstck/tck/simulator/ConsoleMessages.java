package dev.corstck.tck.simulator;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What each engine writes to its console for a blocked fetch, one list of lines per engine
 * (tck/SPEC-NOTES.md#console-wording).
 *
 * <p>Lines are the key wording; a harness should match them as substrings, quote-insensitively for Firefox.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsoleMessages(Map<Engine, List<String>> lines) {

    public ConsoleMessages {
        lines = Map.copyOf(lines);
    }

    /** The lines {@code engine} logs; empty when it logs nothing CORS-specific. */
    public List<String> of(Engine engine) {
        return lines.getOrDefault(engine == Engine.SPEC ? Engine.CHROMIUM : engine, List.of());
    }
}
