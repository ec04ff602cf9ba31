package dev.corstck.tck.simulator.differential;

import java.util.List;

/**
 * How one scenario went in one engine.
 *
 * @param id the scenario
 * @param disagreements what the browser did that the simulator (engine profile) did not predict; empty: agreed
 * @param departure how the engine's profile departs from the spec here, when it does (the named profile difference
 *     that accounts for the browser not doing what the spec says); empty when spec and profile predict alike
 * @param evidence what the servers received for this scenario, one line per request
 * @param detail the observation and the prediction, for a failure message
 */
record Verdict(String id, List<String> disagreements, String departure, List<String> evidence, String detail) {

    boolean agreed() {
        return disagreements.isEmpty();
    }
}
