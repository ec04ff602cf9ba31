package dev.corstck.harness.session;

import dev.corstck.harness.Header;
import java.util.List;

/**
 * What the glue reported for one call (see {@code glue.js}): the phase it ended in and what JavaScript saw.
 *
 * @param id the call's ID
 * @param requestUrl the URL as the {@code Request} constructor parsed it (empty when it threw)
 * @param phase {@code resolved}, {@code rejected}, {@code threw} or {@code timeout}
 * @param type {@code response.type}, empty unless resolved
 * @param status {@code response.status}
 * @param statusText {@code response.statusText}
 * @param url {@code response.url}
 * @param redirected {@code response.redirected}
 * @param headers what {@code response.headers} iterated
 * @param body the body excerpt
 * @param errorName the error's name, empty when none
 * @param errorMessage the error's message, empty when none
 * @param started epoch milliseconds (page clock) when {@code fetch()} was called
 * @param settled when the promise settled
 * @param finished when the body was read
 */
record GlueResult(String id, String requestUrl, String phase, String type, int status, String statusText, String url,
        boolean redirected, List<Header> headers, String body, String errorName, String errorMessage, double started,
        double settled, double finished) {

    GlueResult {
        headers = List.copyOf(headers);
    }

    /** Answer whether the call reached the network (it did not if the {@code Request} constructor threw). */
    boolean reachedNetwork() {
        return !phase.equals("threw");
    }

    /** Answer whether {@code epochMillis} falls in this call's run, with {@code slack} milliseconds either side. */
    boolean spans(double epochMillis, double slack) {
        return epochMillis >= started - slack && epochMillis <= finished + slack;
    }
}
