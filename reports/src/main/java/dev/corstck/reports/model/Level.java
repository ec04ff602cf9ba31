package dev.corstck.reports.model;

import org.apiguardian.api.API;

/**
 * Name how much a rule matters: the requirement level a finding is graded at.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Level {
    /** A Fetch requirement; failing it is non-conformance. */
    MUST,
    /** A recommendation; graded as FAIL only in strict mode, otherwise WARN. */
    SHOULD,
    /** A safety property beyond the letter of the spec (e.g. reflecting any origin with credentials). */
    SECURITY,
    /** Informational: observed facts that grade nothing. */
    INFO
}
