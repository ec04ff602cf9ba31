package dev.corstck.tck.simulator.fetch;

import dev.corstck.tck.simulator.BlockReason;

/**
 * A network error or a thrown TypeError, with what the console wording needs.
 *
 * @param detail the offending value (header name, method, ACAO value, Location…), empty when there is none
 * @param status the status of the response that failed a check, 0 when there was none
 * @param lines how many header lines the checked header had (Firefox names multiple ACAO lines)
 */
record Failure(BlockReason reason, String detail, int status, int lines) {

    static Failure of(BlockReason reason, String detail) {
        return new Failure(reason, detail, 0, 0);
    }
}
