package dev.corstck.tck.simulator;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A clock that moves only when told to, so preflight-cache expiry is deterministic.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimulatedClock {

    private long nowMillis;

    /** The milliseconds elapsed since the browser started. */
    public long nowMillis() {
        return nowMillis;
    }

    /** Move the clock forward by {@code duration}; negative durations are refused. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        nowMillis += duration.toMillis();
    }
}
