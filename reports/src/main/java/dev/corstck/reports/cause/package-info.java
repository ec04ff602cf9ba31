/**
 * Root causes: the FAIL and WARN findings of a target grouped by the misconfiguration behind them, as every report
 * format shows them (summary, {@code index.html}, {@code junit.xml}, {@code report.sarif}).
 */
@NullMarked
package dev.corstck.reports.cause;

import org.jspecify.annotations.NullMarked;
