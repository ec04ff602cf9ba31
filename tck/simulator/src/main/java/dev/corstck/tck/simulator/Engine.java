package dev.corstck.tck.simulator;

import dev.corstck.fetch.engine.BrowserEngine;
import org.apiguardian.api.API;

/**
 * Who the simulator models: the Fetch standard as written, or one browser engine's documented reading of it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Engine {
    SPEC("spec", "TypeError: Failed to fetch"),
    CHROMIUM("chromium", "TypeError: Failed to fetch"),
    FIREFOX("firefox", "TypeError: NetworkError when attempting to fetch resource."),
    WEBKIT("webkit", "TypeError: Load failed");

    private final String id;
    private final String networkErrorText;

    Engine(String id, String networkErrorText) {
        this.id = id;
        this.networkErrorText = networkErrorText;
    }

    /** Return the engine whose documented reading of Fetch models {@code browser}. */
    public static Engine of(BrowserEngine browser) {
        return switch (browser) {
            case CHROMIUM -> CHROMIUM;
            case FIREFOX -> FIREFOX;
            case WEBKIT -> WEBKIT;
        };
    }

    /** The engine id used in reports ({@code spec}, {@code chromium}, …). */
    public String id() {
        return id;
    }

    /** What {@code String(error)} reads when {@code fetch()} rejects with a network error in this engine. */
    public String networkErrorText() {
        return networkErrorText;
    }
}
