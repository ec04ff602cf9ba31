package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Say whether a browser sent a CORS-preflight request for a scenario, as far as the kit could see.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PreflightSeen {
    SENT,
    NOT_SENT,
    /** The engine gives no view of its network traffic and the target's log did not tell either. */
    NOT_OBSERVED
}
