package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Name the role of an exchange within a scenario (see fetch#cors-preflight-fetch and fetch#http-fetch).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExchangeKind {
    /** The CORS-preflight request ({@code OPTIONS} with {@code Access-Control-Request-Method}). */
    PREFLIGHT,
    /** The actual request. */
    ACTUAL,
    /** A request made to follow a redirect of the actual request. */
    REDIRECT
}
