/**
 * The browser engines whose reading of Fetch the kit models and drives (see cors-rules.md, browser profiles).
 */
@NullMarked
package dev.corstck.fetch.engine;

import org.jspecify.annotations.NullMarked;
