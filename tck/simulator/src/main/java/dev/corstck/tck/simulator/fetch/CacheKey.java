package dev.corstck.tck.simulator.fetch;

/**
 * A preflight-cache key: network partition (the page's site), byte-serialized request origin and URL
 * (see fetch#concept-cache).
 */
record CacheKey(String partition, String origin, String url) {

    static CacheKey of(FetchState state) {
        return state.cacheKey();
    }
}
