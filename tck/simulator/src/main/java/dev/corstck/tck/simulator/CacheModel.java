package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * How an engine structures its CORS-preflight cache (tck/SPEC-NOTES.md#preflight-cache).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CacheModel {
    /** One entry per method or header name, accumulating across preflights (see fetch#cors-preflight-cache). */
    SPEC_ENTRIES,
    /** One result per (origin, URL), replaced by each successful preflight; a credentialed result serves all. */
    CHROMIUM_RESULT_PER_KEY,
    /** Per-method and per-header entries that merge; credentialed and anonymous requests never share entries. */
    FIREFOX_ENTRIES,
    /** One item per (origin, URL), replaced by each preflight and removed when a request misses it. */
    WEBKIT_ITEM_PER_KEY
}
