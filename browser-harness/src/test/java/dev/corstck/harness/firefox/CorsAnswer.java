package dev.corstck.harness.firefox;

/**
 * How the fixture API answers on one path: which CORS headers it sends on the CORS-preflight response and on the
 * actual response. Empty strings mean "header absent".
 */
public record CorsAnswer(boolean allowOrigin, boolean allowCredentials, String allowMethods, String allowHeaders,
        String maxAge) {

    /** Answer nothing CORS at all: every cross-origin read is blocked. */
    public static CorsAnswer none() {
        return new CorsAnswer(false, false, "", "", "");
    }

    /** Echo the origin, allow credentials, {@code PUT} and {@code authorization, content-type}; cache 600 s. */
    public static CorsAnswer allowAll() {
        return new CorsAnswer(true, true, "PUT", "authorization, content-type", "600");
    }

    /** Like {@link #allowAll()} but the preflight response lacks {@code Access-Control-Allow-Headers}. */
    public static CorsAnswer withoutAllowHeaders() {
        return new CorsAnswer(true, true, "PUT", "", "600");
    }
}
