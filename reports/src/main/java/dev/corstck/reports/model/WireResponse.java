package dev.corstck.reports.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep a response exactly as it came back: status line, header lines in order (duplicates kept), body excerpt.
 *
 * @param status       the status code
 * @param reasonPhrase the reason phrase as received (may be empty)
 * @param headers      header lines in the order received, duplicates kept (e.g. two {@code Access-Control-Allow-Origin})
 * @param body         the response body excerpt
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WireResponse(int status, String reasonPhrase, List<Header> headers, Body body) {

    public WireResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit code: " + status);
        }
        Objects.requireNonNull(reasonPhrase, "reasonPhrase must not be null");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body must not be null");
    }

    /** Return the status line, e.g. {@code HTTP/1.1 204 No Content}. */
    public String statusLine() {
        return ("HTTP/1.1 " + status + " " + reasonPhrase).stripTrailing();
    }

    /** Return every value of the named header in order (names compare case-insensitively). */
    public List<String> headerValues(String name) {
        return headers.stream().filter(h -> h.hasName(name)).map(Header::value).toList();
    }
}
