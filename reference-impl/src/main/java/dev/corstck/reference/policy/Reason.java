package dev.corstck.reference.policy;

import org.apiguardian.api.API;

/**
 * Why a policy, or the file that declares it, is refused. The set is closed: tools may switch on it. Each reason's
 * {@link #prefix()} starts every message of that kind.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Reason {
    WILDCARD_ORIGIN_WITH_CREDENTIALS("origin '*' cannot be combined with credentials"),
    REFLECT_ANY_ORIGIN_WITH_CREDENTIALS(
            "origin true (reflect any origin) with credentials lets every site read users' data"),
    INSECURE_ORIGIN_WITH_CREDENTIALS("a plain-http origin is allowed with credentials"),
    NULL_ORIGIN("the 'null' origin is allowed"),
    MALFORMED_ORIGIN("not an origin"),
    MALFORMED_PATTERN("not a valid origin pattern"),
    UNESCAPED_DOT_IN_PATTERN("an origin pattern has an unescaped '.'"),
    MALFORMED_METHOD("not a method name"),
    FORBIDDEN_METHOD("a forbidden method is listed"),
    NON_NORMALIZED_METHOD("a method is not written the way browsers send it"),
    WILDCARD_METHODS_WITH_CREDENTIALS("methods '*' is literal with credentials"),
    MALFORMED_HEADER_NAME("not a header name"),
    WILDCARD_HEADERS_WITH_CREDENTIALS("allowedHeaders '*' is literal with credentials"),
    WILDCARD_EXPOSED_HEADERS_WITH_CREDENTIALS("exposedHeaders '*' is literal with credentials"),
    FORBIDDEN_EXPOSED_HEADER("a header scripts can never read is exposed"),
    MAX_AGE_OUT_OF_RANGE("maxAge is out of range"),
    OPTIONS_SUCCESS_STATUS_NOT_OK("optionsSuccessStatus is not an ok status"),
    UNREADABLE_FILE("the policy file cannot be read"),
    FILE_TOO_LARGE("the policy file is too large"),
    EMPTY_FILE("the policy file is empty"),
    YAML_SYNTAX("the policy file is not valid YAML"),
    NOT_A_MAPPING("the policy file is not a mapping of options"),
    UNKNOWN_OPTION("unknown option"),
    DUPLICATE_OPTION("an option is given twice"),
    WRONG_TYPE("an option has the wrong type");

    private final String prefix;

    Reason(String prefix) {
        this.prefix = prefix;
    }

    /** The fixed start of every message of this kind. */
    public String prefix() {
        return prefix;
    }
}
