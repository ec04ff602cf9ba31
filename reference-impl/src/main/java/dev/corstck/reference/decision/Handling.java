package dev.corstck.reference.decision;

import org.apiguardian.api.API;

/**
 * What the server does with the request after the CORS decision.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Handling {

    /** Hand the request to the application, then add the decision's headers to its response. */
    record PassOn() implements Handling {
    }

    /** Answer here, with this status, an empty body and the decision's headers; the application never sees it. */
    record Answer(int status) implements Handling {
    }
}
