/**
 * The rule catalog: every checkable CORS requirement with a stable ID, a level and the Fetch anchor it comes from,
 * laid out like the Fetch standard's table of contents (one rule group per section).
 */
@NullMarked
package dev.corstck.tck.catalog;

import org.jspecify.annotations.NullMarked;
