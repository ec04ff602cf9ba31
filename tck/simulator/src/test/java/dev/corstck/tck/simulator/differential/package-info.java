/**
 * The differential scenario set: scenarios plus scripted server behaviour, as data, with the expected outcome under
 * the spec and each engine. The simulator runs them in memory; a browser test replays the same scripts with
 * {@link dev.corstck.tck.simulator.replay.ScriptedServer} after {@link
 * dev.corstck.tck.simulator.differential.DifferentialScenario#rebind rebinding} the canonical origins to real ports.
 */
@NullMarked
package dev.corstck.tck.simulator.differential;

import org.jspecify.annotations.NullMarked;
