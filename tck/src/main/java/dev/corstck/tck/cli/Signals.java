package dev.corstck.tck.cli;

import dev.corstck.tck.grading.RunStop;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM, handled so that a grade stops in order: the report is written marked incomplete with
 * everything gathered and the command exits 3 (1 when a FAIL was already found), as documented, never 130 or 143,
 * and never with a half-written report directory.
 *
 * <p>For {@code grade} and the main job, the first signal asks the run to stop ({@link RunStop}); a signal that comes
 * again two seconds or more later (a second Ctrl-C), or a stop that takes longer than {@value #GRACE_MILLIS} ms,
 * ends the process at once with exit 3 (the report directory then holds the last complete checkpoint, written
 * atomically). {@code serve} stops with exit 0 ("stopped normally"); other commands exit as the JVM would (128 + the
 * signal's number). Only a signal in the JVM's first ~0.1 s, before this is installed, gets the JVM's own handling;
 * nothing has been written by then.
 */
final class Signals {

    /** Longest an orderly stop may take before the process is ended anyway. */
    static final long GRACE_MILLIS = 20_000;

    private static final AtomicLong FIRST = new AtomicLong();

    private Signals() {
    }

    /** Install the handlers for {@code command} (the first argument, "" for the main job). */
    static void install(String command) {
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal.handle(new Signal(name), s -> handle(command, s.getName(), s.getNumber()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not available here (e.g. -Xrs): the JVM's default handling stays
            }
        }
    }

    private static void handle(String command, String name, int number) {
        boolean grading = RunStop.armed() || command.equals("grade") || command.isEmpty()
                || command.startsWith("-") && !command.equals("-h") && !command.equals("--help")
                && !command.equals("-V") && !command.equals("--version");
        if (!grading) {
            System.exit(command.equals("serve") ? Main.CONFORMANT : 128 + number);
            return;
        }
        long now = System.nanoTime();
        if (FIRST.compareAndSet(0, now)) {
            System.err.println();
            System.err.println("cors-tck: SIG" + name + " (Ctrl-C reaches the kit as SIGTERM through ./cors-tck): stopping;"
                    + " writing the report marked incomplete (press Ctrl-C again to end at once)");
            RunStop.request("stopped by SIG" + name);
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(GRACE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                System.err.println("cors-tck: the orderly stop took longer than " + GRACE_MILLIS + " ms; ending now");
                Runtime.getRuntime().halt(Main.KIT_ERROR);
            }, "cors-tck-stop-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        } else if (now - FIRST.get() >= 2_000_000_000L) {
            System.err.println("cors-tck: SIG" + name + " again: ending now");
            Runtime.getRuntime().halt(Main.KIT_ERROR);
        }
        // a repeat within 2 s is the same stop delivered twice (to the process and its group): ignored
    }
}
