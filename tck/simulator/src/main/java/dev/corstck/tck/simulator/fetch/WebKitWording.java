package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.method.Methods;
import java.util.List;

/**
 * WebKit's console wording (tck/SPEC-NOTES.md#console-wording); WebKit logs the reason, then a generic access-control
 * line.
 */
final class WebKitWording {

    private WebKitWording() {
    }

    static List<String> lines(Failure f, ConsoleWording.Context c) {
        String reason = reason(f, c);
        String generic = "Fetch API cannot load " + c.url() + " due to access control checks.";
        if (reason.isEmpty()) {
            return List.of();
        }
        if (!c.url().equals(c.firstUrl()) && !f.reason().isPreflightFailure()) {
            return List.of("Cross-origin redirection to " + c.url()
                    + " denied by Cross-Origin Resource Sharing policy: " + reason, generic);
        }
        return List.of(reason, generic);
    }

    private static String reason(Failure f, ConsoleWording.Context c) {
        String v = f.detail();
        return switch (f.reason()) {
            case MISSING_ALLOW_ORIGIN, PREFLIGHT_MISSING_ALLOW_ORIGIN, MULTIPLE_ALLOW_ORIGIN,
                    PREFLIGHT_MULTIPLE_ALLOW_ORIGIN, INVALID_ALLOW_ORIGIN, PREFLIGHT_INVALID_ALLOW_ORIGIN,
                    ALLOW_ORIGIN_MISMATCH, PREFLIGHT_ALLOW_ORIGIN_MISMATCH ->
                    "Origin " + c.origin() + " is not allowed by Access-Control-Allow-Origin. Status code: "
                            + f.status();
            case WILDCARD_ORIGIN_NOT_ALLOWED, PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED ->
                    "Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.";
            case INVALID_ALLOW_CREDENTIALS, PREFLIGHT_INVALID_ALLOW_CREDENTIALS ->
                    "Credentials flag is true, but Access-Control-Allow-Credentials is not \"true\".";
            case PREFLIGHT_INVALID_STATUS, PREFLIGHT_DISALLOWED_REDIRECT ->
                    "Preflight response is not successful. Status code: " + f.status();
            case METHOD_DISALLOWED -> "Method " + v + " is not allowed by Access-Control-Allow-Methods.";
            case HEADER_DISALLOWED, AUTHORIZATION_NOT_COVERED_BY_WILDCARD ->
                    "Request header field " + v + " is not allowed by Access-Control-Allow-Headers.";
            case INVALID_ALLOW_METHODS -> "Header Access-Control-Allow-Methods has an invalid value: " + v;
            case INVALID_ALLOW_HEADERS -> "Header Access-Control-Allow-Headers has an invalid value: " + v;
            case REDIRECT_CONTAINS_CREDENTIALS -> "Cross-origin redirection to " + v
                    + " denied by Cross-Origin Resource Sharing policy: redirect URL contains credentials.";
            case CORS_DISABLED_SCHEME -> "Cross origin requests are only supported for HTTP.";
            case DISALLOWED_BY_MODE -> "Cross origin requests are not allowed by request mode.";
            default -> "";
        };
    }
}
