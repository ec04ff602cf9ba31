package dev.corstck.tck.discovery;

import org.apiguardian.api.API;

/**
 * Say how a target answered a CORS request from one origin, read as the CORS check reads it (fetch#concept-cors-check).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Access {
    /** {@code Access-Control-Allow-Origin} equals the origin sent. */
    EXACT,
    /** {@code Access-Control-Allow-Origin: *}. */
    WILDCARD,
    /** Some other value (another origin, a malformed one, several lines): the CORS check fails. */
    OTHER_VALUE,
    /** No {@code Access-Control-Allow-Origin}: refused. */
    ABSENT,
    /** No response came back. */
    NO_RESPONSE;

    /** Answer whether a browser's CORS check passes without credentials. */
    public boolean allowsWithoutCredentials() {
        return this == EXACT || this == WILDCARD;
    }
}
