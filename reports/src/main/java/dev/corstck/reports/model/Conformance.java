package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Say what a set of findings proves about a target: the headline of a report and the text of its badge.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Conformance {
    /** Graded findings exist and none is FAIL, ERROR or WARN, and the run completed. */
    CONFORMANT("conformant"),
    /** As {@link #CONFORMANT}, but SHOULD-level or advisory checks warned. */
    CONFORMANT_WITH_WARNINGS("conformant, with warnings"),
    /** At least one FAIL. */
    NON_CONFORMANT("non-conformant"),
    /** No FAIL, but errors, an incomplete run, or nothing graded: no claim either way. */
    INCONCLUSIVE("inconclusive");

    private final String label;

    Conformance(String label) {
        this.label = label;
    }

    /** Return the label shown to people, e.g. "non-conformant". */
    public String label() {
        return label;
    }

    /** Answer whether this result supports a claim of conformance. */
    public boolean isConformant() {
        return this == CONFORMANT || this == CONFORMANT_WITH_WARNINGS;
    }

    /** Judge a summary; an incomplete run can prove non-conformance but never conformance. */
    public static Conformance of(Summary summary, boolean complete) {
        if (summary.count(Verdict.FAIL) > 0) {
            return NON_CONFORMANT;
        }
        boolean graded = summary.count(Verdict.PASS) + summary.count(Verdict.WARN) > 0;
        if (!complete || !graded || summary.count(Verdict.ERROR) > 0) {
            return INCONCLUSIVE;
        }
        return summary.count(Verdict.WARN) > 0 ? CONFORMANT_WITH_WARNINGS : CONFORMANT;
    }
}
