package dev.corstck.tck.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Record when an exchange ran and how long its parts took.
 *
 * @param started    when the exchange began
 * @param connect    TCP plus TLS set-up; zero on a reused connection
 * @param firstByte  from the request's last byte sent to the response's first byte; zero when none came
 * @param total      the whole exchange
 * @param connection whether the connection was new or reused from the pool
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Timing(Instant started, Duration connect, Duration firstByte, Duration total,
        ConnectionUse connection) {

    /** Whether an exchange opened its connection or reused a kept-alive one. */
    public enum ConnectionUse { NEW, REUSED, NONE }

    public Timing {
        Objects.requireNonNull(started, "started must not be null");
        Objects.requireNonNull(connect, "connect must not be null");
        Objects.requireNonNull(firstByte, "firstByte must not be null");
        Objects.requireNonNull(total, "total must not be null");
        Objects.requireNonNull(connection, "connection must not be null");
    }

    /** Timing of an exchange that never ran (for instance, the run's deadline passed first). */
    public static Timing notRun(Instant when) {
        return new Timing(when, Duration.ZERO, Duration.ZERO, Duration.ZERO, ConnectionUse.NONE);
    }
}
