package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The origin of the page that makes the request: a tuple origin (scheme, host, port) or an opaque origin, which the
 * harness makes with a sandboxed iframe ({@code sandbox="allow-scripts"}) served from {@code scheme://host:port}.
 *
 * <p>Port {@code 0} asks for an ephemeral port; {@link BrowserHarness#bind(PageOrigin)} returns the bound origin.
 * See fetch#concept-request-origin and html#concept-origin-opaque.
 *
 * @param scheme {@code http} or {@code https}
 * @param host a host name or IP literal; IPv6 in brackets ({@code [::1]}); lower-cased
 * @param port 1–65535, or 0 for "any free port"
 * @param kind whether the page's origin is this tuple or an opaque origin hosted on it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PageOrigin(String scheme, String host, int port, Kind kind) {

    /** Tuple or opaque. */
    public enum Kind {
        /** The page's origin is {@code scheme://host:port}. */
        TUPLE,
        /** The page runs in a sandboxed iframe: its origin serializes as {@code null}. */
        OPAQUE
    }

    public PageOrigin {
        Objects.requireNonNull(kind, "kind must not be null");
        scheme = Objects.requireNonNull(scheme, "scheme must not be null").toLowerCase(Locale.ROOT);
        host = Objects.requireNonNull(host, "host must not be null").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("page origin scheme must be http or https, got '" + scheme + "'");
        }
        if (host.isBlank() || host.contains("/") || (host.contains(":") && !host.startsWith("["))) {
            throw new IllegalArgumentException("page origin host '" + host + "' is not a host (IPv6 needs brackets)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("page origin port must be 0-65535, got " + port);
        }
    }

    /** Create {@code http://host:port} ({@code port 0}: any free port). */
    public static PageOrigin http(String host, int port) {
        return new PageOrigin("http", host, port, Kind.TUPLE);
    }

    /** Create {@code https://host:port} ({@code port 0}: any free port); served with a self-signed certificate. */
    public static PageOrigin https(String host, int port) {
        return new PageOrigin("https", host, port, Kind.TUPLE);
    }

    /** Create an opaque origin ({@code null}) whose sandboxed frame is served from {@code host}. */
    public static PageOrigin opaque(PageOrigin host) {
        return new PageOrigin(host.scheme(), host.host(), host.port(), Kind.OPAQUE);
    }

    /** Parse {@code scheme://host[:port]} (default ports 80/443) or {@code null} (opaque, on an ephemeral port). */
    public static PageOrigin parse(String origin) {
        if (origin.equals("null")) {
            return opaque(http("127.0.0.1", 0));
        }
        URI uri = URI.create(origin);
        boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
        if (uri.getScheme() == null || uri.getHost() == null || hasPath) {
            throw new IllegalArgumentException("not an origin: '" + origin + "' (expected scheme://host[:port])");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new PageOrigin(uri.getScheme(), uri.getHost(), port, Kind.TUPLE);
    }

    /** Answer whether the page's origin is opaque. */
    public boolean isOpaque() {
        return kind == Kind.OPAQUE;
    }

    /** Return the tuple origin that serves this page (itself for a tuple origin). */
    public PageOrigin hostOrigin() {
        return new PageOrigin(scheme, host, port, Kind.TUPLE);
    }

    /** Return this origin on another port (e.g. the bound one). */
    public PageOrigin withPort(int newPort) {
        return new PageOrigin(scheme, host, newPort, kind);
    }

    /** Serialize as the {@code Origin} header would: {@code null} when opaque; see fetch#serializing-an-origin. */
    public String serialize() {
        return isOpaque() ? "null" : tupleString();
    }

    /** Return {@code scheme://host[:port]}, omitting the scheme's default port, as browsers serialize it. */
    public String tupleString() {
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return isOpaque() ? "null (sandboxed on " + tupleString() + ")" : tupleString();
    }
}
