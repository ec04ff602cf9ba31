package dev.corstck.reference.profile;

import org.apiguardian.api.API;

/**
 * Whether the application had a route of its own for a request, which decides where a middleware mounted after the
 * routes would run.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Route {
    /** An application route answered (e.g. {@code GET /api/data}). */
    MATCHED,
    /** No route matched: the fallback answered (404, or the generic {@code OPTIONS} answer). */
    UNMATCHED
}
