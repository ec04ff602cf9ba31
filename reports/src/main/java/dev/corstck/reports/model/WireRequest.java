package dev.corstck.reports.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep a request exactly as the kit sent it: request line, header lines in order (duplicates kept), body excerpt.
 *
 * @param method      the method token as sent, e.g. {@code OPTIONS}
 * @param url         the absolute URL the request went to (scheme, authority, path, query)
 * @param target      the request-target as written on the request line, e.g. {@code /api/items?id=1}
 * @param httpVersion the protocol on the request line, e.g. {@code HTTP/1.1}
 * @param headers     header lines in the order sent
 * @param body        the request body excerpt
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WireRequest(String method, String url, String target, String httpVersion, List<Header> headers,
                          Body body) {

    public WireRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(httpVersion, "httpVersion must not be null");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body must not be null");
    }

    /** Build an HTTP/1.1 request whose request-target is the URL's raw path and query. */
    public static WireRequest of(String method, String url, List<Header> headers, Body body) {
        return new WireRequest(method, url, originForm(url), "HTTP/1.1", headers, body);
    }

    /** Return the request line, e.g. {@code OPTIONS /api HTTP/1.1}. */
    public String requestLine() {
        return method + " " + target + " " + httpVersion;
    }

    /** Return the first value of the named header, or an empty string when absent (names compare case-insensitively). */
    public String header(String name) {
        return headers.stream().filter(h -> h.hasName(name)).map(Header::value).findFirst().orElse("");
    }

    private static String originForm(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
