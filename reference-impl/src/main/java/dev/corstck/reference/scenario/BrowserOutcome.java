package dev.corstck.reference.scenario;

import org.apiguardian.api.API;

/**
 * What script sees at the end of a scenario (tck/SPEC-NOTES.md#outcomes).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BrowserOutcome {
    /** The response is readable: {@code type} "cors", status, body and the exposed headers visible. */
    CORS_OK,
    /** Readable, but the demo's custom header {@code X-Request-Id} is not exposed to script. */
    HEADER_HIDDEN,
    /** {@code fetch()} rejects with a {@code TypeError}; nothing of the response is visible. */
    NETWORK_ERROR,
    /** A no-cors response: {@code type} "opaque", status 0, no headers, no body. */
    OPAQUE,
    /** A same-origin response: {@code type} "basic". */
    BASIC,
    /** {@code fetch()} throws before anything is sent. */
    THROWS_SYNC
}
