/**
 * Chromium engines: Playwright over CDP (a Chromium the harness launches, or a remote one) and Selenium (chromedriver
 * or a remote WebDriver/Grid). Network events, preflights and the structured CORS reason come from CDP
 * {@code Network.*} events in both. Internal.
 */
@NullMarked
package dev.corstck.harness.chromium;

import org.jspecify.annotations.NullMarked;
