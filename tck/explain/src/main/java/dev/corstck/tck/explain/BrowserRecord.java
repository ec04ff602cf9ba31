package dev.corstck.tck.explain;

import dev.corstck.tck.simulator.Engine;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the recording browser itself said about a request, as far as the input shows it.
 *
 * @param engine the browser that recorded the input, when known (from the HAR's creator or the User-Agent)
 * @param result what the recording shows
 * @param errorText the error the browser recorded ({@code net::ERR_FAILED}, {@code NS_ERROR_DOM_BAD_URI}), or empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BrowserRecord(Optional<Engine> engine, Result result, String errorText) {

    /** What a recording shows about one request. */
    public enum Result {
        /** The browser failed the request (status 0 or an error recorded). */
        BLOCKED,
        /** The browser let the page read it (a Chromium recording with a status and no error). */
        ALLOWED,
        /** A response was recorded; whether the page could read it is not shown (Firefox and Safari record responses they withhold). */
        RECEIVED,
        /** Not a recording: a live request or a curl line. */
        NOT_RECORDED
    }

    public BrowserRecord {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(errorText, "errorText must not be null");
    }

    /** The record of a request that was not recorded by a browser. */
    public static BrowserRecord none() {
        return new BrowserRecord(Optional.empty(), Result.NOT_RECORDED, "");
    }

    /** Say it in a few words: {@code chromium recorded: blocked (net::ERR_FAILED)}. */
    public String describe() {
        if (result == Result.NOT_RECORDED) {
            return "";
        }
        String who = engine.map(Engine::id).orElse("the browser") + " recorded: ";
        String what = switch (result) {
            case BLOCKED -> "blocked" + (errorText.isEmpty() ? "" : " (" + errorText + ")");
            case ALLOWED -> "allowed";
            default -> "a response (the HAR does not show whether the page could read it)";
        };
        return who + what;
    }
}
