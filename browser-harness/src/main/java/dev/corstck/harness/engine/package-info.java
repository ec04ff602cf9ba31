/**
 * The seam between the harness façade and the engine drivers (Playwright-Chromium, Selenium, Firefox over WebDriver
 * BiDi, WebKitGTK). Internal: not part of the harness's public API.
 */
package dev.corstck.harness.engine;
