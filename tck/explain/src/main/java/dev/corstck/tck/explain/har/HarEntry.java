package dev.corstck.tck.explain.har;

import dev.corstck.fetch.http.HeaderList;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One HAR 1.2 entry, reduced to what CORS needs.
 *
 * @param index the entry's position in {@code log.entries}, from 0
 * @param method the request method as recorded
 * @param url the request URL
 * @param requestHeaders the request headers as recorded (a DevTools export may hold only "provisional" ones)
 * @param requestCookies how many cookies {@code request.cookies} lists
 * @param postText the request body text, empty when none
 * @param status the response status; 0 (DevTools) or -1 (Playwright) when the browser recorded none
 * @param responseHeaders the response headers, empty when none were recorded
 * @param responseText the response body text, empty when none was kept
 * @param error the failure the browser recorded ({@code _error}, Playwright's {@code _failureText}), or empty
 * @param resourceType Chromium's {@code _resourceType} ({@code fetch}, {@code preflight} …), or empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HarEntry(int index, String method, String url, HeaderList requestHeaders, int requestCookies,
        String postText, int status, HeaderList responseHeaders, String responseText, String error,
        String resourceType) {

    public HarEntry {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(requestHeaders, "requestHeaders must not be null");
        Objects.requireNonNull(postText, "postText must not be null");
        Objects.requireNonNull(responseHeaders, "responseHeaders must not be null");
        Objects.requireNonNull(responseText, "responseText must not be null");
        Objects.requireNonNull(error, "error must not be null");
        Objects.requireNonNull(resourceType, "resourceType must not be null");
    }

    /** The 1-based entry number used in messages ({@code entry 4}). */
    public int number() {
        return index + 1;
    }

    /** Answer whether the browser recorded a response: a status, or at least its headers. */
    public boolean hasResponse() {
        return status > 0 || !responseHeaders.isEmpty();
    }

    /** Answer whether this is a CORS-preflight request: OPTIONS with {@code Access-Control-Request-Method}. */
    public boolean isPreflight() {
        return method.toUpperCase(Locale.ROOT).equals("OPTIONS")
                && requestHeaders.contains("Access-Control-Request-Method")
                || resourceType.equalsIgnoreCase("preflight");
    }
}
