package dev.corstck.tck.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A parsed absolute URL, reduced to what Fetch looks at: scheme, userinfo, host, port and the request target.
 *
 * <p>Parsing uses {@link URI}, not the WHATWG URL parser; scenario URLs are well formed, and a {@code Location} the
 * JDK cannot parse is a network error, as an unparsable one is in a browser (see fetch#http-redirect-fetch).
 *
 * @param scheme lowercase scheme
 * @param userinfo raw userinfo, empty when the URL has none
 * @param host lowercase host, brackets kept for IPv6; empty for non-hierarchical URLs such as {@code data:}
 * @param port explicit non-default port, or -1
 * @param target path and query, at least {@code /} for HTTP(S) URLs
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FetchUrl(String scheme, String userinfo, String host, int port, String target) {

    /** Parse an absolute URL; empty when it is not one. */
    public static Optional<FetchUrl> parse(String url) {
        try {
            return Optional.ofNullable(fromUri(new URI(url.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Resolve {@code reference} (a {@code Location} value) against this URL; empty on failure. */
    public Optional<FetchUrl> resolve(String reference) {
        try {
            return Optional.ofNullable(fromUri(new URI(serialize()).resolve(new URI(reference.strip()))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static FetchUrl fromUri(URI uri) {
        if (!uri.isAbsolute()) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.isOpaque() || !isHttp(scheme)) {
            return new FetchUrl(scheme, "", "", -1, uri.getRawSchemeSpecificPart());
        }
        if (uri.getHost() == null) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String userinfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        return new FetchUrl(scheme, userinfo, uri.getHost().toLowerCase(Locale.ROOT), port(scheme, uri.getPort()), target);
    }

    private static int port(String scheme, int port) {
        boolean isDefault = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return isDefault ? -1 : port;
    }

    private static boolean isHttp(String scheme) {
        return scheme.equals("http") || scheme.equals("https");
    }

    /** Answer whether the scheme is {@code http} or {@code https} (see fetch#http-scheme). */
    public boolean isHttpScheme() {
        return isHttp(scheme);
    }

    /** Answer whether the URL carries a username or password (see url#include-credentials). */
    public boolean includesCredentials() {
        return !userinfo.isEmpty() && !userinfo.equals(":");
    }

    /** The URL's origin; opaque for schemes other than HTTP(S). */
    public Origin origin() {
        return isHttpScheme() ? new Origin.Tuple(scheme, host, port) : Origin.opaque();
    }

    /** The {@code Host} header value. */
    public String hostHeader() {
        return port < 0 ? host : host + ":" + port;
    }

    /** Serialize the URL. */
    public String serialize() {
        if (!isHttpScheme()) {
            return scheme + ":" + target;
        }
        String auth = userinfo.isEmpty() ? "" : userinfo + "@";
        return scheme + "://" + auth + hostHeader() + target;
    }

    @Override
    public String toString() {
        return serialize();
    }
}
