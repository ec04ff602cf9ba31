package dev.corstck.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One distinct evidence of a target, by number: its exchanges and explanation steps in the target's tables, and the
 * browser's observation.
 *
 * @param exchanges   the numbers of its exchanges, in order
 * @param observation what a real browser showed; empty for wire and simulator findings
 * @param steps       the numbers of its explanation steps, in order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record EvidenceCitation(int[] exchanges, Optional<Observation> observation, int[] steps) {

    public EvidenceCitation {
        Objects.requireNonNull(exchanges, "exchanges must not be null");
        Objects.requireNonNull(observation, "observation must not be null");
        Objects.requireNonNull(steps, "steps must not be null");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceCitation e && java.util.Arrays.equals(exchanges, e.exchanges)
                && observation.equals(e.observation) && java.util.Arrays.equals(steps, e.steps);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Arrays.hashCode(exchanges) + observation.hashCode())
                + java.util.Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        return "EvidenceCitation" + java.util.Arrays.toString(exchanges) + observation
                + java.util.Arrays.toString(steps);
    }
}
