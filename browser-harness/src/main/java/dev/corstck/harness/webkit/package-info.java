/**
 * WebKitGTK driven through WebKitWebDriver and MiniBrowser under a private Xvfb display. Entry point: {@link
 * dev.corstck.harness.webkit.WebKitDriver#launch(dev.corstck.harness.engine.LaunchSpec)}; on a Selenium Grid whose
 * node relays to a WebKitWebDriver, {@link dev.corstck.harness.webkit.WebKitGridDriver#remote}.
 *
 * <p>What WebKitGTK 2.50 does here, measured:
 * <ul>
 *   <li>WebKitWebDriver serves one session at a time, so a harness session is one WebKitWebDriver plus one
 *       MiniBrowser with its own data directories; sessions share no cookies and no preflight cache (tested). One
 *       spare is kept started, so opening a session usually costs a navigation only. Through one WebKitWebDriver
 *       (a Grid relay) successive MiniBrowsers in {@code --automation} mode share no cookie either: their website
 *       data lives in memory (tried by hand; a cookie set in one session was absent in the next).</li>
 *   <li>{@code POST /session} hangs for good when MiniBrowser cannot start; every WebDriver call therefore runs on
 *       a worker thread with a deadline, and a call that overruns marks the session's browser as not alive.</li>
 *   <li>No console and no network events reach WebDriver classic: the driver declares no capability.</li>
 *   <li>The default cookie policy ({@code no-third-party}) refuses to store third-party cookies but still sends an
 *       existing first-party cookie on a cross-site credentialed fetch (tested); {@code ALLOW_THIRD_PARTY} passes
 *       {@code --cookies-policy=always}.</li>
 *   <li>Host names cannot be mapped to loopback: see
 *       {@link dev.corstck.harness.webkit.WebKitDriver#unmappedHosts()}.</li>
 * </ul>
 */
@NullMarked
package dev.corstck.harness.webkit;

import org.jspecify.annotations.NullMarked;
