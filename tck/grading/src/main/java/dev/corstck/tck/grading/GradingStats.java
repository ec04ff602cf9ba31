package dev.corstck.tck.grading;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a grading run went, for progress lines and benchmarks.
 *
 * @param scenarios     scenarios generated
 * @param wireExchanges requests that went on the wire to the target
 * @param wireTime      how long the wire stage took
 * @param browserCalls  fetches run in real browsers
 * @param browserTime   how long the browser stage took, engine start included
 * @param complete      whether every scenario was graded
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GradingStats(int scenarios, int wireExchanges, Duration wireTime, int browserCalls, Duration browserTime,
        boolean complete) {

    public GradingStats {
        Objects.requireNonNull(wireTime, "wireTime must not be null");
        Objects.requireNonNull(browserTime, "browserTime must not be null");
    }

    /** Wire exchanges per second during the wire stage. */
    public double wireProbesPerSecond() {
        double seconds = wireTime.toNanos() / 1e9;
        return seconds <= 0 ? 0 : wireExchanges / seconds;
    }
}
