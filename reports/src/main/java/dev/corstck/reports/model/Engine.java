package dev.corstck.reports.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.corstck.fetch.engine.BrowserEngine;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Name who judged a finding: the wire check, the simulator, or a real browser engine.
 *
 * <p>Serialised in lower case ({@code "chromium"}), the vocabulary of the design's engine column.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Engine {
    /** Header invariants checked on the raw exchanges alone. */
    WIRE,
    /** The kit's executable model of a browser, run on the target's real responses. */
    SIMULATOR,
    CHROMIUM,
    FIREFOX,
    WEBKIT;

    /** Return the lower-case identifier used in JSON, file names and the HTML page. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Answer whether this engine is a real browser (as opposed to the wire check or the simulator). */
    public boolean isBrowser() {
        return this == CHROMIUM || this == FIREFOX || this == WEBKIT;
    }

    /** Return the report column of a real browser engine. */
    public static Engine of(BrowserEngine browser) {
        return switch (browser) {
            case CHROMIUM -> CHROMIUM;
            case FIREFOX -> FIREFOX;
            case WEBKIT -> WEBKIT;
        };
    }

    /** Parse an identifier case-insensitively, e.g. {@code "webkit"}. */
    @JsonCreator
    public static Engine of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown engine '" + id
                    + "': expected one of wire, simulator, chromium, firefox, webkit", e);
        }
    }
}
