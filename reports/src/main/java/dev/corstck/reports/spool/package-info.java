/**
 * Findings spooled to disk as they are decided, so a report of millions of findings is written without holding
 * them or their evidence: each distinct exchange, step and evidence is stored once, each finding cites them by
 * number, and the report writers read them back one after another ({@link dev.corstck.reports.model.CitedFindings}).
 */
@NullMarked
package dev.corstck.reports.spool;

import org.jspecify.annotations.NullMarked;
