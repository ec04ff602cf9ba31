package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A request the engine put on the wire for a call: the CORS-preflight request or the actual request, with the
 * headers the engine reports (Chromium: the real ones incl. {@code Cookie}).
 *
 * @param kind preflight or actual
 * @param method the method sent
 * @param url the URL requested (the first URL of a redirect chain)
 * @param headers the request headers as the engine reports them
 * @param status the response status, 0 when no response arrived
 * @param failure the engine's failure text (e.g. {@code net::ERR_FAILED}), empty when none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SentRequest(Kind kind, String method, String url, List<Header> headers, int status, String failure) {

    /** Preflight or actual; see fetch#cors-preflight-request. */
    public enum Kind {
        PREFLIGHT,
        ACTUAL
    }

    public SentRequest {
        headers = List.copyOf(headers);
    }

    /** Return the first value of header {@code name} (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.isNamed(name)).map(Header::value).findFirst();
    }
}
