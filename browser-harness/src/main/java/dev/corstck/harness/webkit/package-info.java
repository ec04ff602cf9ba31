/**
 * WebKitGTK driven through WebKitWebDriver and MiniBrowser under a private Xvfb display.
 */
@NullMarked
package dev.corstck.harness.webkit;

import org.jspecify.annotations.NullMarked;
