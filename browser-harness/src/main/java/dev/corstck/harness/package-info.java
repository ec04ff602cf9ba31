/**
 * The browser harness's public API: run a {@link dev.corstck.harness.FetchCall} from a page on a chosen
 * {@link dev.corstck.harness.PageOrigin} in a chosen {@link dev.corstck.harness.Engine} and get an
 * {@link dev.corstck.harness.Observation} of what JavaScript and the engine saw. No Playwright, Selenium or WebDriver
 * type appears here.
 */
@NullMarked
package dev.corstck.harness;

import org.jspecify.annotations.NullMarked;
