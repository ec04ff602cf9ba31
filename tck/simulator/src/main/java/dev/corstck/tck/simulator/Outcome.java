package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * What JavaScript sees at the end of a fetch (cors-rules.md §0).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Outcome {
    /** A {@code cors} response: status, body and the exposed headers are readable. */
    CORS_OK,
    /** {@code fetch()} rejects with {@code TypeError}; nothing about the response is visible. */
    NETWORK_ERROR,
    /** An {@code opaque} response: status 0, no headers, no body. */
    OPAQUE,
    /** An {@code opaqueredirect} response (redirect mode {@code manual}): status 0. */
    OPAQUE_REDIRECT,
    /** A same-origin {@code basic} response: everything but {@code Set-Cookie} is visible. */
    BASIC,
    /** {@code new Request()} or {@code fetch()} throws before anything reaches the network. */
    THROWS_SYNC
}
