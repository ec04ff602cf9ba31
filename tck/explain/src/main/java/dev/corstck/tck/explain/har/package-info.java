/**
 * Reading HAR 1.2 logs as DevTools (Chromium, Firefox, Safari), Playwright and the kit's own recorders write them.
 */
@NullMarked
package dev.corstck.tck.explain.har;

import org.jspecify.annotations.NullMarked;
