package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * Whether a CORS-preflight request went on the wire for a fetch (tck/SPEC-NOTES.md#outcomes).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PreflightUse {
    PREFLIGHT, NO_PREFLIGHT
}
