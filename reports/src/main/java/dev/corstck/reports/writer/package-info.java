/**
 * Writing a report directory: every format at once, each file replaced atomically, and an incremental writer the
 * kit calls after each batch of findings so an interrupted run still leaves a valid (incomplete) report.
 */
@NullMarked
package dev.corstck.reports.writer;

import org.jspecify.annotations.NullMarked;
