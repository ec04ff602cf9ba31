package dev.corstck.fetch.response;

import org.apiguardian.api.API;

/**
 * Name what JavaScript sees at the end of a fetch (tck/SPEC-NOTES.md#outcomes): the closed outcome vocabulary the
 * simulator predicts, a browser shows and grading compares.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Outcome {
    /** A {@code cors} response: status, body and the exposed headers are readable (fetch#concept-filtered-response-cors). */
    CORS_OK,
    /** {@code fetch()} rejects with {@code TypeError}; nothing about the response is visible (fetch#concept-network-error). */
    NETWORK_ERROR,
    /** An {@code opaque} response: status 0, no headers, no body (fetch#concept-filtered-response-opaque). */
    OPAQUE,
    /** An {@code opaqueredirect} response (redirect mode {@code manual}): status 0. */
    OPAQUE_REDIRECT,
    /** A same-origin {@code basic} response: everything but {@code Set-Cookie} is visible. */
    BASIC,
    /** {@code new Request()} or {@code fetch()} throws before anything reaches the network. */
    THROWS_SYNC
}
