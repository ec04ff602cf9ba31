package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * How one step of an explanation went.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StepResult {
    /** The check passed. */
    PASSED,
    /** The check failed; the fetch ends here. */
    FAILED,
    /** A fact the browser established (a header dropped, a cache hit, a redirect followed). */
    INFO,
    /** This engine deliberately departs from the Fetch standard here (tck/SPEC-NOTES.md#browser-differences). */
    DIVERGES
}
