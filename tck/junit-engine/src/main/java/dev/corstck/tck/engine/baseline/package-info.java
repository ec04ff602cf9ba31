/**
 * The baseline file of known failures: parsing with line numbers, matching findings, and rewriting it.
 */
@NullMarked
package dev.corstck.tck.engine.baseline;

import org.jspecify.annotations.NullMarked;
