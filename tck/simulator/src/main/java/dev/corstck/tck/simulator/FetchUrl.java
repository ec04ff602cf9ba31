package dev.corstck.tck.simulator;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
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

    /**
     * Parse a page origin as the simulator reads it: {@code null} is a fresh opaque origin, anything else must be the
     * origin of an absolute URL that {@link #parse} accepts (so a host {@code java.net.URI} refuses, such as one with
     * {@code _}, stays no origin a browser page is on, as before the shared origin type).
     *
     * @throws IllegalArgumentException when the text is no such origin
     */
    public static Origin parseOrigin(String serialized) {
        if (serialized.equals("null")) {
            return Origin.opaque();
        }
        return parse(serialized + "/").map(FetchUrl::origin)
                .orElseThrow(() -> new IllegalArgumentException("not an origin: " + serialized));
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
        int port = port(scheme, uri.getPort());
        // The host as the URL parser serializes it (IPv6 compressed), so Host, Origin and same-origin checks agree
        // with a browser's; a host that is no valid host makes no URL (see url#concept-host-serializer).
        String written = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
        if (!(TupleOrigin.parse(written) instanceof OriginParse.Parsed parsed)) {
            return null;
        }
        return new FetchUrl(scheme, userinfo, parsed.origin().host(), port, target);
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
        return isHttpScheme() ? new TupleOrigin(scheme, host, port) : Origin.opaque();
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
