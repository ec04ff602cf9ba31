package dev.corstck.tck.probe;

import java.time.Duration;

/**
 * A point in time an exchange must be done by, on the monotonic clock.
 *
 * @param endNanos {@link System#nanoTime()} at the deadline
 * @param limit    the budget it was created with, for messages
 */
record Deadline(long endNanos, Duration limit) {

    static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** Return the milliseconds left, rounded up; zero or less once passed. */
    long remainingMillis() {
        long nanos = endNanos - System.nanoTime();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }
}
