package dev.corstck.tck.certification;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One FAIL or WARN a folder says the kit reports on a configuration, and why (an {@code explained} entry).
 *
 * @param rule     the rule ID, e.g. {@code http-cache.vary-origin}
 * @param verdict  {@code FAIL} or {@code WARN}
 * @param why      what the implementation does on the wire and what it costs in a browser
 * @param upstream the upstream issue, where one exists
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Explanation(String rule, String verdict, String why, Optional<String> upstream) {

    public Explanation {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(why, "why must not be null");
        Objects.requireNonNull(upstream, "upstream must not be null");
    }
}
