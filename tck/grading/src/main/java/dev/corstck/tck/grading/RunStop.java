package dev.corstck.tck.grading;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * A request to cut the current run short, from a signal (Ctrl-C, SIGTERM) or a limit: {@link ReportedGrading} then
 * stops taking findings, writes the report marked incomplete with everything gathered, and returns, so the command
 * exits 3 (or 1 when a FAIL was already found), never 130 or 143, and the report directory is valid.
 *
 * <p>One per JVM: the CLI arms it for the commands that write a report; the signal handler asks {@link #armed()}
 * first and otherwise lets the JVM exit as usual.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RunStop {

    private static final AtomicInteger ARMED = new AtomicInteger();
    private static final AtomicReference<String> REASON = new AtomicReference<>();
    private static volatile CountDownLatch requested = new CountDownLatch(1);
    /** The cut-short flag of the grading this thread works for (inherited by the threads the grading starts). */
    private static final InheritableThreadLocal<AtomicBoolean> CUT = new InheritableThreadLocal<>();

    private RunStop() {
    }

    /** Mark a report-writing run as under way: signals now stop it in order. Pair with {@link #disarm()}. */
    public static void arm() {
        ARMED.incrementAndGet();
    }

    /** End what {@link #arm()} began. */
    public static void disarm() {
        ARMED.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** Answer whether a report-writing run is under way. */
    public static boolean armed() {
        return ARMED.get() > 0;
    }

    /** Ask the run to stop; the first reason given is kept. */
    public static void request(String reason) {
        REASON.compareAndSet(null, reason);
        requested.countDown();
    }

    /** The reason the run was asked to stop, if it was. */
    public static Optional<String> reason() {
        return Optional.ofNullable(REASON.get());
    }

    /** Wait up to {@code millis} for a stop request; answer whether one came. */
    static boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * A new cut-short flag for a grading, to install in its thread with {@link #install} before it starts: once set,
     * the wire sends nothing more and the browser stage starts nothing, so an abandoned grading ends quickly and
     * leaves the machine to the report. Other gradings in the JVM are not affected.
     */
    static AtomicBoolean newCut() {
        return new AtomicBoolean();
    }

    /** Make {@code flag} the cut-short flag of this thread and of the threads it starts. */
    static void install(AtomicBoolean flag) {
        CUT.set(flag);
    }

    /** Answer whether the grading this thread works for was cut short. */
    static boolean isCut() {
        AtomicBoolean flag = CUT.get();
        return flag != null && flag.get();
    }

    /** Forget a stop request (tests that run several commands in one JVM). */
    public static void reset() {
        REASON.set(null);
        requested = new CountDownLatch(1);
    }
}
