/**
 * The browser engines whose reading of Fetch the kit models and drives (see tck/SPEC-NOTES.md#browser-differences).
 */
@NullMarked
package dev.corstck.fetch.engine;

import org.jspecify.annotations.NullMarked;
