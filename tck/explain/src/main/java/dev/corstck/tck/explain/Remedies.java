package dev.corstck.tck.explain;

import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.FetchRequest;

/**
 * Root cause and remedy per block, in the express {@code cors} package's option names ({@code origin},
 * {@code methods}, {@code allowedHeaders}, {@code credentials}, {@code optionsSuccessStatus}) where the server is at
 * fault, since that is the vocabulary of the policy file; in {@code fetch()} terms where the page is.
 */
final class Remedies {

    private Remedies() {
    }

    /** A header name in its usual spelling: {@code content-type} to {@code Content-Type}. */
    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }

    static Fix of(Block block, FetchRequest request) {
        String origin = request.origin().serialize();
        String v = block.detail();
        String m = request.method();
        String header = canonical(v);
        return switch (block.reason()) {
            case MISSING_ALLOW_ORIGIN -> new Fix("the response to " + m + " carries no Access-Control-Allow-Origin for "
                    + origin, "allow the origin (`cors({ origin: ['" + origin + "'] })`) and register "
                    + "`app.use(cors(...))` before the routes, so every response, errors included, carries it");
            case PREFLIGHT_MISSING_ALLOW_ORIGIN -> new Fix("the preflight (OPTIONS) response carries no "
                    + "Access-Control-Allow-Origin for " + origin, "let the CORS layer answer OPTIONS on this path "
                    + "(`app.use(cors({ origin: ['" + origin + "'] }))` before the routes and any auth middleware)");
            case MULTIPLE_ALLOW_ORIGIN, PREFLIGHT_MULTIPLE_ALLOW_ORIGIN -> new Fix(
                    "Access-Control-Allow-Origin is sent more than once or with several values ('" + v + "')",
                    "set it in one place only: remove the second layer (a proxy `add_header`, a second `cors()`); "
                            + "for several allowed origins give `origin` a list, so one matching origin is sent back");
            case ALLOW_ORIGIN_MISMATCH, PREFLIGHT_ALLOW_ORIGIN_MISMATCH, INVALID_ALLOW_ORIGIN,
                    PREFLIGHT_INVALID_ALLOW_ORIGIN -> new Fix("Access-Control-Allow-Origin is '" + v + "', not the "
                    + "page's origin " + origin + " (compared byte for byte: scheme, host, port, no trailing slash)",
                    "list " + origin + " exactly in `origin` (`cors({ origin: ['" + origin + "'] })`); localhost "
                            + "and 127.0.0.1, http and https, and each port are different origins");
            case WILDCARD_ORIGIN_NOT_ALLOWED, PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED -> new Fix(
                    "Access-Control-Allow-Origin is '*' on a request with credentials (cookies)",
                    "name the origin instead of '*': `cors({ origin: ['" + origin + "'], credentials: true })`; or, "
                            + "if the page needs no cookies, call fetch() with `credentials: 'omit'`");
            case INVALID_ALLOW_CREDENTIALS, PREFLIGHT_INVALID_ALLOW_CREDENTIALS -> new Fix(
                    "the request includes credentials but Access-Control-Allow-Credentials is '" + v
                            + "', not exactly 'true'", "set `credentials: true` in the cors options (it sends "
                            + "`Access-Control-Allow-Credentials: true`); or call fetch() without "
                            + "`credentials: 'include'` if no cookies are needed");
            case PREFLIGHT_INVALID_STATUS -> new Fix("the preflight (OPTIONS) is answered with a status that is not "
                    + "200-299 (" + v + ")", "let the CORS layer answer preflights before routing and "
                    + "authentication (`app.options('*', cors(opts))` in Express 4, `app.use(cors(opts))` first); keep "
                    + "`optionsSuccessStatus` 204 or 200; never require credentials on OPTIONS");
            case PREFLIGHT_DISALLOWED_REDIRECT -> new Fix("the preflight (OPTIONS) is redirected; browsers never "
                    + "follow a preflight redirect", "call the final URL directly (scheme, host, trailing slash), and "
                    + "answer OPTIONS before any redirecting middleware");
            case METHOD_DISALLOWED -> new Fix(m + " is not in the preflight's Access-Control-Allow-Methods",
                    "add " + m + " to `methods` (`cors({ methods: ['GET', 'POST', '" + m + "'] })`); methods are "
                            + "compared case-sensitively");
            case HEADER_DISALLOWED -> new Fix("the request header '" + header + "' is not in the preflight's "
                    + "Access-Control-Allow-Headers", "add it to `allowedHeaders` (`cors({ allowedHeaders: ["
                    + (header.equals("Content-Type") ? "" : "'Content-Type', ") + "'" + header + "'] })`), or leave "
                    + "`allowedHeaders` unset so cors echoes the requested headers");
            case AUTHORIZATION_NOT_COVERED_BY_WILDCARD -> new Fix("Access-Control-Allow-Headers is '*', which by the "
                    + "Fetch standard never covers Authorization (browsers still accept it today, whatwg/fetch#1919)",
                    "name it: `cors({ allowedHeaders: ['Content-Type', 'Authorization'] })`");
            case INVALID_ALLOW_METHODS -> new Fix("Access-Control-Allow-Methods is not a clean comma-separated list of "
                    + "method tokens ('" + v + "')", "give `methods` plain names: `['GET', 'PUT']`");
            case INVALID_ALLOW_HEADERS -> new Fix("Access-Control-Allow-Headers is not a clean comma-separated list of "
                    + "header names ('" + v + "')", "give `allowedHeaders` plain names: `['Content-Type', "
                    + "'Authorization']`");
            case NETWORK_FAILURE -> new Fix("no response came back (" + v + ")", "this is not CORS: make the server "
                    + "reachable from the page (host, port, TLS), then explain again");
            case REDIRECT_CONTAINS_CREDENTIALS, REDIRECT_TO_NON_HTTP, REDIRECT_LOCATION_INVALID, TOO_MANY_REDIRECTS,
                    REDIRECT_MODE_ERROR -> new Fix("a redirect the browser will not follow (" + v + ")",
                    "call the final URL directly, or fix the redirect's Location");
            case CORS_DISABLED_SCHEME -> new Fix("the URL's scheme is not http or https", "serve the API over http(s)");
            case DISALLOWED_BY_MODE -> new Fix("the page used mode 'same-origin' for a cross-origin URL",
                    "call fetch() with the default mode 'cors'");
            case NO_CORS_REDIRECT_NOT_FOLLOW -> new Fix("a no-cors request with redirect mode other than 'follow'",
                    "use `redirect: 'follow'` or mode 'cors'");
            default -> new Fix("the page's own fetch() call is invalid (" + block.reason() + ": " + v + ")",
                    "fix the call in the page; the server never sees it");
        };
    }
}
