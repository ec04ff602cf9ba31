/**
 * Firefox ESR driven over its built-in WebDriver BiDi endpoint (no geckodriver): launch, a small BiDi connection and
 * the mapping of BiDi events onto the harness's engine seam. Entry point: {@link
 * dev.corstck.harness.firefox.FirefoxBidiDriver#launch(dev.corstck.harness.engine.LaunchSpec)}.
 *
 * <p>What Firefox 153 does here, measured:
 * <ul>
 *   <li>A session is a BiDi user context: cookies and the CORS-preflight cache are not shared between sessions
 *       (tested). {@code ALLOW_THIRD_PARTY} sets {@code network.cookie.cookieBehavior=0}: a first-party cookie then
 *       rides a cross-site credentialed fetch; under the default Total Cookie Protection it does not (tested).</li>
 *   <li>The CORS reason arrives as a {@code log.entryAdded} line, "Cross-Origin Request Blocked: … (Reason: …)",
 *       often a few milliseconds after the script's result; {@code drainEvents()} first runs a no-op evaluation in
 *       the page so those lines are in.</li>
 *   <li>For a preflighted request Firefox reports the actual request's {@code beforeRequestSent} before the
 *       preflight's; a blocked simple GET still completes with its real status. Each navigation also requests
 *       {@code /favicon.ico}.</li>
 *   <li>Subscribing to network events costs Firefox about 40 ms per {@code evaluateAsync} round trip (the engine
 *       emits the events late; not a client or TCP effect) and slows in-page batches;
 *       {@code launch(spec, Set.of(CONSOLE))} leaves them out.</li>
 * </ul>
 */
@NullMarked
package dev.corstck.harness.firefox;

import org.jspecify.annotations.NullMarked;
