package dev.corstck.reference.server;

import dev.corstck.fetch.http.HeaderList;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One request the target received. Over the wire the JDK server hands headers over grouped by name (lines of one
 * name keep their order; the order across names is lost, and names are recased); in process they are as given.
 *
 * @param sequence increasing number, from 1, across the journal's life
 * @param receivedAt when the request was handled
 * @param method the method, case kept
 * @param target the request target (path and query)
 * @param headers the header lines
 * @param bodyLength the body length in characters
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JournalEntry(long sequence, Instant receivedAt, String method, String target, HeaderList headers,
        int bodyLength) {

    public JournalEntry {
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
    }

    /** The request target without its query. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** Answer whether this is a CORS-preflight request: {@code OPTIONS} with {@code Access-Control-Request-Method}. */
    public boolean isPreflight() {
        return method.equals("OPTIONS") && headers.contains("Access-Control-Request-Method");
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + target;
    }
}
