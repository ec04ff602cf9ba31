package dev.corstck.tck.explain;

import org.apiguardian.api.API;

/**
 * Where the preflight shown for a request comes from.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PreflightSource {
    /** The request needs no CORS-preflight request. */
    NOT_NEEDED,
    /** The preflight is in the input (a recorded HAR entry). */
    RECORDED,
    /** The preflight was not recorded: it is rebuilt from the actual request, as the browser would have sent it. */
    RECONSTRUCTED,
    /** The preflight was sent to the live server just now. */
    SENT
}
