package dev.corstck.harness.process;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * Bounds blocking calls that have no timeout of their own (Playwright's {@code evaluate}, {@code newContext}): when
 * the deadline passes, the expiry action runs on the watchdog thread (typically killing the browser), which makes the
 * blocked call fail promptly.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Watchdog {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cors-tck-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** An armed deadline; close it when the guarded call returns. */
    public static final class Guard implements AutoCloseable {
        private final ScheduledFuture<?> expiry;
        private volatile boolean fired;

        private Guard(Duration timeout, Runnable onExpiry) {
            this.expiry = TIMER.schedule(() -> {
                fired = true;
                onExpiry.run();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Answer whether the deadline passed (and the expiry action ran). */
        public boolean fired() {
            return fired;
        }

        @Override
        public void close() {
            expiry.cancel(false);
        }
    }

    private Watchdog() {}

    /** Arm a deadline of {@code timeout} that runs {@code onExpiry} if not closed before. */
    public static Guard arm(Duration timeout, Runnable onExpiry) {
        return new Guard(timeout, onExpiry);
    }
}
