package dev.corstck.reference.decision;

import org.apiguardian.api.API;

/**
 * Why a CORS request was disallowed. Each denial names a stable rule ID and the Fetch anchor it rests on.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Denial {
    ORIGIN_NOT_ALLOWED("origin.not-allowed", "fetch#http-access-control-allow-origin"),
    ORIGIN_NULL_NOT_ALLOWED("origin.null-not-allowed", "fetch#concept-request-tainted-origin"),
    ORIGIN_MALFORMED("origin.malformed", "fetch#origin-header"),
    ORIGIN_REPEATED("origin.repeated", "fetch#origin-header"),
    METHOD_MALFORMED("preflight.method.malformed", "fetch#http-access-control-request-method"),
    METHOD_NOT_ALLOWED("preflight.method.not-allowed", "fetch#cors-preflight-fetch-0"),
    HEADERS_MALFORMED("preflight.headers.malformed", "fetch#http-access-control-request-headers"),
    HEADERS_NOT_ALLOWED("preflight.headers.not-allowed", "fetch#cors-preflight-fetch-0");

    private final String ruleId;
    private final String anchor;

    Denial(String ruleId, String anchor) {
        this.ruleId = ruleId;
        this.anchor = anchor;
    }

    /** The stable rule ID, e.g. {@code origin.not-allowed}. */
    public String ruleId() {
        return ruleId;
    }

    /** The Fetch anchor, e.g. {@code fetch#origin-header}. */
    public String anchor() {
        return anchor;
    }

    /** Answer whether the denial is about the origin, so the response carries no CORS header at all. */
    public boolean isAboutOrigin() {
        return this == ORIGIN_NOT_ALLOWED || this == ORIGIN_NULL_NOT_ALLOWED || this == ORIGIN_MALFORMED
                || this == ORIGIN_REPEATED;
    }
}
