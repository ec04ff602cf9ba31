/**
 * {@code report.json}: writing and reading the versioned report format (see {@code reports/REPORT-SCHEMA.md}).
 */
@NullMarked
package dev.corstck.reports.json;

import org.jspecify.annotations.NullMarked;
