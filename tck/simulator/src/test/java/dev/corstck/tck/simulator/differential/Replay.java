package dev.corstck.tck.simulator.differential;

import org.apiguardian.api.API;

/**
 * Whether a real browser can replay a scenario in a test run.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Replay {
    /** A browser test can serve and run it as is. */
    BROWSER,
    /** It needs waits longer than a test can afford (cache caps of minutes or hours): simulator only. */
    SIMULATOR_ONLY_LONG_WAIT,
    /** It needs a response a JDK HTTP server cannot send (control bytes, odd statuses): simulator only. */
    SIMULATOR_ONLY_RAW_RESPONSE,
    /** It needs a page the harness may not offer (opaque origin in a sandboxed frame). */
    NEEDS_OPAQUE_ORIGIN_PAGE
}
