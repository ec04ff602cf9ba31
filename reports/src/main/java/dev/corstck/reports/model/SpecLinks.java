package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Turn Fetch anchors into links to the living standard (never the retired W3C CORS Recommendation).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpecLinks {

    /** The Fetch living standard's base URL. */
    public static final String FETCH = "https://fetch.spec.whatwg.org/";

    /** The URL of each anchor asked for, one String each (see {@link #fetch}). */
    private static final java.util.Map<String, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();

    private SpecLinks() {
    }

    /** Return the URL of a Fetch anchor; accepts {@code cors-check}, {@code #cors-check} or {@code fetch#cors-check}. */
    public static String fetch(String anchor) {
        String known = URLS.get(anchor);
        if (known != null) {
            return known;
        }
        String bare = anchor.startsWith("fetch#") ? anchor.substring("fetch#".length())
                : anchor.startsWith("#") ? anchor.substring(1) : anchor;
        String url = bare.isEmpty() ? FETCH : FETCH + "#" + bare;
        // Every explanation step of every finding names an anchor: one String per anchor, not one per step (at
        // 240,000 findings they were tens of megabytes of the heap). Anchors are a few dozen; the bound is a guard.
        if (URLS.size() < 4096) {
            URLS.putIfAbsent(anchor, url);
        }
        return url;
    }
}
