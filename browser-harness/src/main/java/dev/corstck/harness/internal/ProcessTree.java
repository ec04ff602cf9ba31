package dev.corstck.harness.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/** Kill a process and every descendant, by PID. Descendants are collected first: they outlive a killed parent. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ProcessTree {

    private ProcessTree() {}

    /** Kill {@code pid} and its descendants forcibly and wait (bounded) until they are gone; never throws. */
    public static void kill(long pid, Duration wait) {
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        if (root.isEmpty()) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(root.get().descendants().toList());
        all.add(0, root.get());
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + wait.toNanos();
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Still alive after the wait (or interrupted): nothing more a JVM can do.
            }
        }
    }

    /** Answer whether {@code pid} is a live process. */
    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
