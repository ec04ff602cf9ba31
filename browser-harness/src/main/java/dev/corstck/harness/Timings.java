package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * When the page started the fetch and how long it took, by the page's clock.
 *
 * @param started when {@code fetch()} was called
 * @param untilSettled until the promise resolved or rejected
 * @param total until the body excerpt was read (equals {@code untilSettled} without a body)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Timings(Instant started, Duration untilSettled, Duration total) {

    /** Return the timings of a call that never ran. */
    public static Timings none() {
        return new Timings(Instant.EPOCH, Duration.ZERO, Duration.ZERO);
    }
}
