/**
 * The test tree: class, rule group (Fetch section), rule, and one test per scenario and engine, with stable unique
 * IDs.
 */
@NullMarked
package dev.corstck.tck.engine.descriptor;

import org.jspecify.annotations.NullMarked;
