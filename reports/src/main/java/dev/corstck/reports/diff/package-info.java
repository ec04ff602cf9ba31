/**
 * Comparing two reports for regression hunting: new failures, fixed ones, changed verdicts.
 */
@NullMarked
package dev.corstck.reports.diff;

import org.jspecify.annotations.NullMarked;
