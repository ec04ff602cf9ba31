package dev.corstck.reports.diff;

import org.apiguardian.api.API;

/**
 * Name how a finding changed between two reports; in the order a reader should see them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeKind {
    /** FAIL now, and not FAIL before (or not there before): a regression. */
    NEW_FAILURE("New failures"),
    /** FAIL before, present now with another verdict. */
    FIXED("Fixed"),
    /** Another verdict change, e.g. PASS → ERROR or WARN → PASS. */
    CHANGED("Changed verdicts"),
    /** Present only in the new report, and not FAIL. */
    ADDED("Added"),
    /** Present only in the old report. */
    REMOVED("Removed");

    private final String title;

    ChangeKind(String title) {
        this.title = title;
    }

    /** Return the section title, e.g. "New failures". */
    public String title() {
        return title;
    }
}
