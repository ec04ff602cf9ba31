package dev.corstck.reference.server;

import dev.corstck.reference.policy.CorsPolicy;
import org.apiguardian.api.API;

/**
 * The policy the demo target runs when none is given ({@code cors-tck serve} without {@code --policy}): the origins
 * of a local front end ({@code http://localhost:3000}, {@code http://127.0.0.1:3000}, {@code https://app.localhost}),
 * methods {@code GET POST PUT DELETE}, request headers {@code Content-Type} and {@code Authorization}, exposed
 * header {@code X-Request-Id}, credentials, and a 600-second preflight cache.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DemoPolicy {

    private static final CorsPolicy STANDARD = CorsPolicy.builder()
            .origins("http://localhost:3000", "http://127.0.0.1:3000", "https://app.localhost")
            .methods("GET", "POST", "PUT", "DELETE")
            .allowedHeaders("Content-Type", "Authorization")
            .exposedHeaders("X-Request-Id")
            .credentials(true)
            .maxAge(600)
            .build();

    private DemoPolicy() {
    }

    /** The demo policy described above. */
    public static CorsPolicy standard() {
        return STANDARD;
    }
}
