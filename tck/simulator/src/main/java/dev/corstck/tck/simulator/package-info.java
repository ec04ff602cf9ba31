/**
 * The simulator: an executable model of what a browser does with a cross-origin fetch, step by step, with the Fetch
 * anchor of every check that decided it. Feed it a {@link dev.corstck.tck.simulator.Scenario} and a
 * {@link dev.corstck.fetch.http.Responder}; read back a {@link dev.corstck.tck.simulator.Prediction} per
 * {@link dev.corstck.tck.simulator.BrowserProfile}.
 *
 * <p>It depends on nothing but the raw HTTP records of {@code reference-impl}: no grading, no CLI, no browser.
 */
@NullMarked
package dev.corstck.tck.simulator;

import org.jspecify.annotations.NullMarked;
