package dev.corstck.reference.preflight;

import org.apiguardian.api.API;

/**
 * What a request is to the CORS protocol (see fetch#http-requests).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestKind {
    /** No {@code Origin} header: not a CORS request. */
    NOT_CORS,
    /** A CORS request that is not a preflight: the actual request. */
    ACTUAL,
    /** {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}: a CORS-preflight request. */
    PREFLIGHT
}
