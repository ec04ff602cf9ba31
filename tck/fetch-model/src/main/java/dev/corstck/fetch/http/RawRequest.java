package dev.corstck.fetch.http;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An HTTP request exactly as sent: method (case kept), request target (path and query), header lines in order,
 * body as text (empty when none).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RawRequest(String method, String target, HeaderList headers, String body) {

    public RawRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
    }

    public static RawRequest of(String method, String target, HeaderList headers) {
        return new RawRequest(method, target, headers, "");
    }

    /** The request target without its query. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    public RawRequest withHeaders(HeaderList newHeaders) {
        return new RawRequest(method, target, newHeaders, body);
    }
}
