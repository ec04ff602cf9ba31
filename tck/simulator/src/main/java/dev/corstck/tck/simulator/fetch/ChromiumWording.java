package dev.corstck.tck.simulator.fetch;

import java.util.List;

/** Chromium's console wording: {@code cors_error_string.cc} (tck/SPEC-NOTES.md#console-wording). */
final class ChromiumWording {

    private static final String PREFLIGHT = "Response to preflight request doesn't pass access control check: ";

    private ChromiumWording() {
    }

    static List<String> lines(Failure f, ConsoleWording.Context c) {
        String tail = tail(f, c);
        if (tail.isEmpty()) {
            String net = f.reason() == dev.corstck.tck.simulator.BlockReason.TOO_MANY_REDIRECTS
                    ? "net::ERR_TOO_MANY_REDIRECTS" : "net::ERR_FAILED";
            return List.of("Failed to load resource: " + net);
        }
        String redirected = c.url().equals(c.firstUrl()) ? "" : " (redirected from '" + c.firstUrl() + "')";
        return List.of("Access to fetch at '" + c.url() + "'" + redirected + " from origin '" + c.origin()
                + "' has been blocked by CORS policy: " + tail, "Failed to load resource: net::ERR_FAILED");
    }

    private static String tail(Failure f, ConsoleWording.Context c) {
        String v = f.detail();
        return switch (f.reason()) {
            case MISSING_ALLOW_ORIGIN -> "No 'Access-Control-Allow-Origin' header is present on the requested resource. "
                    + "If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the "
                    + "resource with CORS disabled.";
            case PREFLIGHT_MISSING_ALLOW_ORIGIN -> PREFLIGHT
                    + "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
            case MULTIPLE_ALLOW_ORIGIN -> multiple(v);
            case PREFLIGHT_MULTIPLE_ALLOW_ORIGIN -> PREFLIGHT + multiple(v);
            case INVALID_ALLOW_ORIGIN -> invalid(v);
            case PREFLIGHT_INVALID_ALLOW_ORIGIN -> PREFLIGHT + invalid(v);
            case ALLOW_ORIGIN_MISMATCH -> mismatch(v);
            case PREFLIGHT_ALLOW_ORIGIN_MISMATCH -> PREFLIGHT + mismatch(v);
            case WILDCARD_ORIGIN_NOT_ALLOWED -> wildcard();
            case PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED -> PREFLIGHT + wildcard();
            case INVALID_ALLOW_CREDENTIALS -> credentials(v);
            case PREFLIGHT_INVALID_ALLOW_CREDENTIALS -> PREFLIGHT + credentials(v);
            case PREFLIGHT_INVALID_STATUS -> PREFLIGHT + "It does not have HTTP ok status.";
            case PREFLIGHT_DISALLOWED_REDIRECT -> PREFLIGHT + "Redirect is not allowed for a preflight request.";
            case METHOD_DISALLOWED -> "Method " + v + " is not allowed by Access-Control-Allow-Methods in preflight "
                    + "response.";
            case HEADER_DISALLOWED, AUTHORIZATION_NOT_COVERED_BY_WILDCARD -> "Request header field " + v
                    + " is not allowed by Access-Control-Allow-Headers in preflight response.";
            case INVALID_ALLOW_METHODS -> "Cannot parse Access-Control-Allow-Methods response header field in "
                    + "preflight response.";
            case INVALID_ALLOW_HEADERS -> "Cannot parse Access-Control-Allow-Headers response header field in "
                    + "preflight response.";
            case REDIRECT_CONTAINS_CREDENTIALS -> "Redirect location '" + v + "' contains a username and password, "
                    + "which is disallowed for cross-origin requests.";
            case CORS_DISABLED_SCHEME -> "Cross origin requests are only supported for protocol schemes: chrome, "
                    + "chrome-extension, chrome-untrusted, data, http, https, isolated-app.";
            case DISALLOWED_BY_MODE -> "Cross origin requests are not allowed by request mode.";
            default -> "";
        };
    }

    private static String multiple(String v) {
        return "The 'Access-Control-Allow-Origin' header contains multiple values '" + v + "', but only one is allowed.";
    }

    private static String invalid(String v) {
        return "The 'Access-Control-Allow-Origin' header contains the invalid value '" + v + "'.";
    }

    private static String mismatch(String v) {
        return "The 'Access-Control-Allow-Origin' header has a value '" + v + "' that is not equal to the supplied "
                + "origin.";
    }

    private static String wildcard() {
        return "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' "
                + "when the request's credentials mode is 'include'.";
    }

    private static String credentials(String v) {
        return "The value of the 'Access-Control-Allow-Credentials' header in the response is '" + v
                + "' which must be 'true' when the request's credentials mode is 'include'.";
    }
}
