package dev.corstck.tck.grading;

import org.apiguardian.api.API;

/**
 * Limits of one report-writing run beside each request's timeouts: a run that reaches one is cut short with a message
 * naming it (exit 3), never left to grow without end.
 *
 * @param maxFindings the most findings a report keeps; default {@value #DEFAULT_MAX_FINDINGS} (about 400 endpoints)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunLimits(int maxFindings) {

    /** The default of {@link #maxFindings()}. */
    public static final int DEFAULT_MAX_FINDINGS = 200_000;

    /** The defaults. */
    public static final RunLimits DEFAULTS = new RunLimits(DEFAULT_MAX_FINDINGS);

    public RunLimits {
        if (maxFindings < 1) {
            throw new IllegalArgumentException("maxFindings must be at least 1: " + maxFindings);
        }
    }
}
