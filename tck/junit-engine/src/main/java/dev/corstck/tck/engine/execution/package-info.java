/**
 * Execution: start the target, grade it, turn findings into test results (failed, aborted, skipped) with evidence,
 * and write the reports.
 */
@NullMarked
package dev.corstck.tck.engine.execution;

import org.jspecify.annotations.NullMarked;
