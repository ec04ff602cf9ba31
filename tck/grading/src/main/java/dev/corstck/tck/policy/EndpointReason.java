package dev.corstck.tck.policy;

import org.apiguardian.api.API;

/**
 * Why the {@code endpoints} of a policy file are refused. The set is closed; each reason's {@link #prefix()} starts
 * every message of that kind.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EndpointReason {
    NOT_A_LIST("endpoints must be a list"),
    EMPTY_LIST("endpoints lists no endpoint"),
    NOT_AN_ENDPOINT("an endpoint must be a path or a mapping"),
    MISSING_PATH("an endpoint has no path"),
    MALFORMED_PATH("an endpoint path must start with '/'"),
    MALFORMED_METHOD("not a method name"),
    FORBIDDEN_METHOD("browsers never send this method"),
    MALFORMED_HEADER_NAME("not a header name"),
    FORBIDDEN_REQUEST_HEADER("scripts cannot set this header"),
    STATUS_OUT_OF_RANGE("status must be 100 to 599"),
    UNKNOWN_CREDENTIALS("credentials must be include or omit"),
    UNKNOWN_BODY("body must be none, json, text, form or multipart"),
    UNKNOWN_KEY("unknown endpoint key"),
    DUPLICATE_KEY("an endpoint key is given twice"),
    WRONG_TYPE("an endpoint value has the wrong type"),
    INVALID_CORS("an endpoint's cors options are invalid"),
    UNKNOWN_IMPLEMENTATION("implementation names no certified implementation");

    private final String prefix;

    EndpointReason(String prefix) {
        this.prefix = prefix;
    }

    /** The fixed start of every message of this kind. */
    public String prefix() {
        return prefix;
    }
}
