package dev.corstck.tck.catalog;

import org.apiguardian.api.API;

/**
 * Name how much a rule matters. The names match the report model's {@code Level} one for one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Level {
    /** A Fetch requirement: a browser blocks or misbehaves when it is broken; failing it is non-conformance. */
    MUST,
    /** A recommendation (often from Fetch's background reading): WARN, and FAIL only in strict mode. */
    SHOULD,
    /** A safety property beyond the letter of the spec, such as reflecting any origin with credentials. */
    SECURITY,
    /** An observed fact worth reporting that grades nothing. */
    INFO
}
