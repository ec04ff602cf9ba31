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

    private SpecLinks() {
    }

    /** Return the URL of a Fetch anchor; accepts {@code cors-check}, {@code #cors-check} or {@code fetch#cors-check}. */
    public static String fetch(String anchor) {
        String bare = anchor.startsWith("fetch#") ? anchor.substring("fetch#".length())
                : anchor.startsWith("#") ? anchor.substring(1) : anchor;
        return bare.isEmpty() ? FETCH : FETCH + "#" + bare;
    }
}
