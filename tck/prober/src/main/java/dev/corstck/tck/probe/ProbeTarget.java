package dev.corstck.tck.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Name a server to probe: scheme, host and port, the parts of its origin.
 *
 * @param scheme {@code http} or {@code https}
 * @param host   a DNS name, an IPv4 address, or an IPv6 address without brackets
 * @param port   1 to 65535
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProbeTarget(String scheme, String host, int port) {

    public ProbeTarget {
        Objects.requireNonNull(scheme, "scheme must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https, got '" + scheme + "'");
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("host must not be empty and port must be 1 to 65535");
        }
    }

    /**
     * Parse the scheme, host and port of a base URL such as {@code http://127.0.0.1:8080/api}; path, query and
     * fragment are ignored.
     *
     * @throws IllegalArgumentException with a readable reason when {@code url} is not an absolute http(s) URL
     */
    public static ProbeTarget parse(String url) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url must not be null").strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http:// or https:// URL with a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        return new ProbeTarget(scheme, host, port);
    }

    /** Return the target's serialized origin: {@code scheme://host[:port]}, the port only when not the default. */
    public String origin() {
        return scheme + "://" + authority();
    }

    /** Return the {@code Host} header value a browser sends: host, and the port when not the default. */
    public String authority() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == defaultPort(scheme) ? h : h + ":" + port;
    }

    public boolean isHttps() {
        return scheme.equals("https");
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return origin();
    }
}
