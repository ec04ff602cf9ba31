/**
 * Scenario generation: from a grading policy and a target, every request a page could make that tells a correct
 * target from a mistaken one (endpoints × page origins × request shapes), each with a stable name.
 */
@NullMarked
package dev.corstck.tck.generation;

import org.jspecify.annotations.NullMarked;
