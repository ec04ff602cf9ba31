package dev.corstck.tck.policy;

import org.apiguardian.api.API;

/**
 * Say whether a legitimate client sends credentials (cookies, HTTP auth) on an endpoint: the fetch credentials mode
 * of its calls, see fetch#concept-request-credentials-mode.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ClientCredentials {
    /** {@code credentials: "include"}: cookies travel, and the response needs the exact origin. */
    INCLUDE,
    /** {@code credentials: "omit"} (or the default "same-origin" on a cross-origin call): nothing travels. */
    OMIT;

    /** Return the policy-file spelling: {@code include} or {@code omit}. */
    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
