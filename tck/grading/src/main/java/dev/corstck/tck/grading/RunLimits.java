package dev.corstck.tck.grading;

import org.apiguardian.api.API;

/**
 * Limits of one report-writing run beside each request's timeouts: a run that reaches one is cut short with a message
 * naming it (exit 3), never left to grow without end.
 *
 * @param maxFindings  the most findings a report keeps; default {@value #DEFAULT_MAX_FINDINGS}
 * @param fromProcess  whether a one-target run's timeout counts from the start of the process (the CLI: the whole
 *                     command is bounded) rather than from the start of the grading
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunLimits(int maxFindings, boolean fromProcess) {

    /** The default of {@link #maxFindings()}. */
    public static final int DEFAULT_MAX_FINDINGS = 1_000_000;

    /** The defaults: timeouts count from the start of the grading. */
    public static final RunLimits DEFAULTS = new RunLimits(DEFAULT_MAX_FINDINGS, false);

    public RunLimits {
        if (maxFindings < 1) {
            throw new IllegalArgumentException("maxFindings must be at least 1: " + maxFindings);
        }
    }

    /** The limits of a command-line run: {@code maxFindings}, and a run timeout that counts from the process start. */
    public static RunLimits command(int maxFindings) {
        return new RunLimits(maxFindings, true);
    }
}
