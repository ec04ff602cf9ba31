package dev.corstck.tck.generation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The target's base URL split into its origin and a base path that endpoint paths are appended to.
 *
 * @param origin   the serialized origin, {@code http://127.0.0.1:8080}
 * @param basePath the path before every endpoint path, without a trailing slash; empty for the root
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetUrl(String origin, String basePath) {

    public TargetUrl {
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(basePath, "basePath must not be null");
    }

    /**
     * Parse {@code http(s)://host[:port][/base]}.
     *
     * @throws IllegalArgumentException with a readable reason when {@code url} is not an absolute http(s) URL
     */
    public static TargetUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url must not be null").strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("target '" + url + "' is not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("target '" + url + "' must be an absolute http:// or https:// URL"
                    + " with a host, e.g. http://127.0.0.1:8080");
        }
        boolean defaultPort = uri.getPort() == -1 || uri.getPort() == (scheme.equals("https") ? 443 : 80);
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return new TargetUrl(origin, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** The absolute URL of {@code endpointPath} (which starts with {@code /}) on this target. */
    public String resolve(String endpointPath) {
        return origin + basePath + endpointPath;
    }

    @Override
    public String toString() {
        return origin + basePath;
    }
}
