package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Name the result of checking one rule on one scenario in one engine.
 *
 * <p>{@link #FAIL} means non-conformance and nothing else: a missing browser or an unreachable target is
 * {@link #SKIPPED} or {@link #ERROR}, each carried with a reason (see {@link Finding#reason()}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict {
    FAIL(6),
    ERROR(5),
    WARN(4),
    PASS(3),
    INFO(2),
    SKIPPED(1);

    private final int severity;

    Verdict(int severity) {
        this.severity = severity;
    }

    /** Return the rank used to summarise several verdicts into one cell: the highest wins. */
    public int severity() {
        return severity;
    }

    /** Answer whether a finding with this verdict must say why (SKIPPED and ERROR do). */
    public boolean requiresReason() {
        return this == SKIPPED || this == ERROR;
    }

    /** Return the more severe of two verdicts, e.g. to colour a matrix cell. */
    public static Verdict worst(Verdict a, Verdict b) {
        return a.severity >= b.severity ? a : b;
    }
}
