package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a fetch came to, as JavaScript saw it (tck/SPEC-NOTES.md#outcomes), plus two harness verdicts that
 * are never CORS results: {@link #ERROR} and {@link #SKIPPED}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
    /** {@code fetch()} resolved with {@code type "cors"}; see fetch#concept-filtered-response-cors. */
    CORS_OK,
    /** {@code fetch()} rejected with a {@code TypeError}; see fetch#concept-network-error. */
    NETWORK_ERROR,
    /** {@code type "opaque"}: a no-cors cross-origin response; see fetch#concept-filtered-response-opaque. */
    OPAQUE,
    /** {@code type "opaqueredirect"} under {@code redirect: "manual"}. */
    OPAQUE_REDIRECT,
    /** {@code type "basic"}: a same-origin response. */
    BASIC,
    /** The {@code Request} constructor threw before any network activity. */
    THROWS_SYNC,
    /** The harness or the engine failed (crash, timeout, unreachable page); never a CORS result. */
    ERROR,
    /** The engine cannot run this call (e.g. WebKit cannot map a host name to loopback); the detail says why. */
    SKIPPED;

    /** Answer whether this is a verdict about CORS, as opposed to {@link #ERROR} or {@link #SKIPPED}. */
    public boolean isCorsResult() {
        return this != ERROR && this != SKIPPED;
    }
}
