/**
 * Server behaviour as data, replayable two ways: in memory by {@link dev.corstck.tck.simulator.replay.ScriptedResponder}
 * for the simulator, and over real HTTP by {@link dev.corstck.tck.simulator.replay.ScriptedServer} for a real browser,
 * so a differential test can serve a browser exactly what the simulator was given.
 */
@NullMarked
package dev.corstck.tck.simulator.replay;

import org.jspecify.annotations.NullMarked;
