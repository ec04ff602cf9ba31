package dev.corstck.tck.simulator.fetch;

import java.util.List;

/** Firefox's console wording: {@code security.properties} CORS keys (tck/SPEC-NOTES.md#console-wording). */
final class FirefoxWording {

    private static final String ACAO = "CORS header ‘Access-Control-Allow-Origin’";

    private FirefoxWording() {
    }

    static List<String> lines(Failure f, ConsoleWording.Context c) {
        String reason = reason(f);
        if (reason.isEmpty()) {
            return List.of();
        }
        String first = blocked(c.url(), reason);
        return f.reason().isPreflightFailure()
                ? List.of(first, blocked(c.url(), "CORS request did not succeed).") + " Status code: (null).")
                : List.of(first);
    }

    private static String blocked(String url, String reason) {
        return "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at " + url
                + ". (Reason: " + reason;
    }

    private static String reason(Failure f) {
        String v = f.detail();
        return switch (f.reason()) {
            case MISSING_ALLOW_ORIGIN, PREFLIGHT_MISSING_ALLOW_ORIGIN -> ACAO + " missing). Status code: "
                    + f.status() + ".";
            case MULTIPLE_ALLOW_ORIGIN, PREFLIGHT_MULTIPLE_ALLOW_ORIGIN -> f.lines() > 1
                    ? "Multiple " + ACAO + " not allowed)." : ACAO + " does not match ‘" + v + "’).";
            case INVALID_ALLOW_ORIGIN, PREFLIGHT_INVALID_ALLOW_ORIGIN, ALLOW_ORIGIN_MISMATCH,
                    PREFLIGHT_ALLOW_ORIGIN_MISMATCH -> ACAO + " does not match ‘" + v + "’).";
            case WILDCARD_ORIGIN_NOT_ALLOWED, PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED ->
                    "Credential is not supported if the " + ACAO + " is ‘*’).";
            case INVALID_ALLOW_CREDENTIALS, PREFLIGHT_INVALID_ALLOW_CREDENTIALS ->
                    "expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’).";
            case PREFLIGHT_INVALID_STATUS -> "CORS preflight response did not succeed). Status code: " + f.status() + ".";
            case PREFLIGHT_DISALLOWED_REDIRECT -> "CORS request external redirect not allowed).";
            case METHOD_DISALLOWED -> "Did not find method in CORS header ‘Access-Control-Allow-Methods’).";
            case HEADER_DISALLOWED, AUTHORIZATION_NOT_COVERED_BY_WILDCARD -> "header ‘" + v
                    + "’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response).";
            case INVALID_ALLOW_METHODS -> "invalid token ‘" + v + "’ in CORS header ‘Access-Control-Allow-Methods’).";
            case INVALID_ALLOW_HEADERS -> "invalid token ‘" + v + "’ in CORS header ‘Access-Control-Allow-Headers’).";
            case CORS_DISABLED_SCHEME -> "CORS request not HTTP).";
            case NETWORK_FAILURE -> "CORS request did not succeed). Status code: (null).";
            default -> "";
        };
    }
}
