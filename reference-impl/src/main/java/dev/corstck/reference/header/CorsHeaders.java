package dev.corstck.reference.header;

import org.apiguardian.api.API;

/**
 * The names of the headers of the CORS protocol (see fetch#http-requests and fetch#http-responses), spelled as the
 * Fetch standard spells them. Names compare case-insensitively on the wire.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsHeaders {

    public static final String ORIGIN = "Origin";
    public static final String REQUEST_METHOD = "Access-Control-Request-Method";
    public static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    public static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    public static final String MAX_AGE = "Access-Control-Max-Age";
    public static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
    public static final String VARY = "Vary";

    private CorsHeaders() {
    }
}
