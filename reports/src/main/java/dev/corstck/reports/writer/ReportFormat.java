package dev.corstck.reports.writer;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Name the files a report directory can hold.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReportFormat {
    /** {@code report.json}: the versioned machine-readable report. */
    JSON,
    /** {@code index.html}: the self-contained page for people. */
    HTML,
    /** {@code junit.xml}: legacy JUnit XML for CI dashboards. */
    JUNIT_XML,
    /** {@code report.sarif}: SARIF 2.1.0 for code-scanning dashboards, one result per root cause. */
    SARIF,
    /** {@code compare.html}: targets side by side; written only when the report has two targets or more. */
    COMPARISON,
    /** {@code badges/<target>.svg}: one badge per target. */
    BADGES;

    /** Return every format. */
    public static Set<ReportFormat> all() {
        return EnumSet.allOf(ReportFormat.class);
    }
}
