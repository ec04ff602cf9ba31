/**
 * Grading: run the generated scenarios against a target (wire probes driven by the simulator, real browsers for
 * confirmation), decide every rule with an explicit check, and turn the results into report findings with evidence.
 * The entry point is {@link dev.corstck.tck.grading.Grader}.
 */
@NullMarked
package dev.corstck.tck.grading;

import org.jspecify.annotations.NullMarked;
