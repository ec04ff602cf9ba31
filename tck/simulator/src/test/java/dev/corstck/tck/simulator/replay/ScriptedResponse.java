package dev.corstck.tck.simulator.replay;

import dev.corstck.fetch.http.HeaderList;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A response template: status, header lines (duplicates kept) and body. Header values may hold placeholders that
 * {@link Placeholders} expands per request: {@code {origin}}, {@code {acrm}}, {@code {acrh}}; a header whose value
 * expands from an absent request header is left out.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScriptedResponse(int status, HeaderList headers, String body) {

    public ScriptedResponse {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be three digits: " + status);
        }
    }

    /** A response of {@code status} with {@code name, value, …} header lines and a short body. */
    public static ScriptedResponse of(int status, String... namesAndValues) {
        return new ScriptedResponse(status, HeaderList.of(namesAndValues), status == 204 || status == 304 ? "" : "ok");
    }

    /** A copy with another header line appended. */
    public ScriptedResponse with(String name, String value) {
        return new ScriptedResponse(status, headers.with(name, value), body);
    }
}
