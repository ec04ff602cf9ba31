package dev.corstck.reference.scenario;

import org.apiguardian.api.API;

/**
 * What the browser sends to the target for a scenario, with an empty preflight cache.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum WireTraffic {
    /** The actual request only. */
    NO_PREFLIGHT,
    /** A CORS-preflight request, then the actual request. */
    PREFLIGHT_THEN_ACTUAL,
    /** A CORS-preflight request that fails, so the actual request is never sent. */
    PREFLIGHT_ONLY;

    /** Answer whether an {@code OPTIONS} preflight goes on the wire. */
    public boolean hasPreflight() {
        return this != NO_PREFLIGHT;
    }
}
