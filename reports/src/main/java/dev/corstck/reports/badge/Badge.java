package dev.corstck.reports.badge;

import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say what a target's badge shows: a label, a message and a colour.
 *
 * @param label   the left part, e.g. {@code CORS}
 * @param message the right part, e.g. {@code non-conformant · 3 fail / 120}
 * @param color   the right part's fill, a CSS hex colour
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Badge(String label, String message, String color) {

    public Badge {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(color, "color must not be null");
    }

    /** Describe {@code target}: its conformance, then the count that explains it. */
    public static Badge of(TargetReport target) {
        Summary summary = target.summary();
        Conformance conformance = target.conformance();
        String counts = switch (conformance) {
            case NON_CONFORMANT -> summary.count(Verdict.FAIL) + " fail / " + summary.total();
            case INCONCLUSIVE -> summary.count(Verdict.ERROR) + " error / " + summary.total();
            case CONFORMANT_WITH_WARNINGS -> summary.count(Verdict.WARN) + " warn / " + summary.total();
            case CONFORMANT -> summary.count(Verdict.PASS) + " pass / " + summary.total();
        };
        return new Badge("CORS", conformance.label() + " \u00b7 " + counts, color(conformance));
    }

    /** Return the colour for a conformance result (the same palette as the HTML pages). */
    public static String color(Conformance conformance) {
        return switch (conformance) {
            case CONFORMANT -> "#2e7d32";
            case CONFORMANT_WITH_WARNINGS -> "#7c8b00";
            case NON_CONFORMANT -> "#c62828";
            case INCONCLUSIVE -> "#6d6d6d";
        };
    }
}
