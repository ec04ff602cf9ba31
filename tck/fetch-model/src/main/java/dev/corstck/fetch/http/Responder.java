package dev.corstck.fetch.http;

import org.apiguardian.api.API;

/**
 * Anything that turns a raw request into a raw response: a live target over the wire, the reference implementation
 * in process, a recorded exchange. The simulator asks a responder what the server would answer.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Responder {

    /**
     * Answer {@code request} sent to {@code origin} (the target's serialized origin, e.g. {@code http://127.0.0.1:8080}).
     *
     * @throws ResponderException when no response could be had (connection refused, timeout, garbage)
     */
    RawResponse respond(String origin, RawRequest request) throws ResponderException;
}
