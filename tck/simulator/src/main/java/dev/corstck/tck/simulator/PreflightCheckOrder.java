package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * Which failure an engine reports when a preflight response fails both the CORS check and the ok-status check; the
 * outcome is the same network error, only the console wording differs.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PreflightCheckOrder {
    /** The CORS check's failure is reported first (the spec's order of conditions, Chromium). */
    CORS_CHECK_FIRST,
    /** A non-ok status is reported first (Firefox, WebKit). */
    STATUS_FIRST
}
