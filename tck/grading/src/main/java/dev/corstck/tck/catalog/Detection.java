package dev.corstck.tck.catalog;

import org.apiguardian.api.API;

/**
 * Name what the kit needs to decide a rule, so grading can tell "not checked" from "passed".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Detection {
    /** Wire probes alone decide it: the raw responses show the violation whatever the owner intended. */
    WIRE,
    /** Wire probes decide it against a policy, declared in a policy file or inferred by discovery. */
    POLICY,
    /** Only a browser (or the simulator standing in for one) shows it: cookies, caches, engine quirks. */
    BROWSER,
    /** The kit cannot know it; the operator must say (for example, data guarded only by network position). */
    OPERATOR
}
