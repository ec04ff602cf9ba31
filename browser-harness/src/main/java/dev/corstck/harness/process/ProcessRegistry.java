package dev.corstck.harness.process;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The processes the harness started and has not ended yet. A JVM shutdown hook (Ctrl-C included) kills what is left,
 * so no browser, driver or Xvfb outlives the run.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ProcessRegistry {

    private static final Set<Long> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessRegistry::killAll, "cors-tck-process-cleanup"));
    }

    private ProcessRegistry() {}

    /** Remember {@code pid} until {@link #release(long)}. */
    public static void register(long pid) {
        LIVE.add(pid);
    }

    /** Forget {@code pid} (it ended normally). */
    public static void release(long pid) {
        LIVE.remove(pid);
    }

    /** Kill {@code pid}'s process tree and forget it; never throws. */
    public static void kill(long pid) {
        ProcessTree.kill(pid, Duration.ofSeconds(5));
        LIVE.remove(pid);
    }

    private static void killAll() {
        LIVE.forEach(pid -> ProcessTree.kill(pid, Duration.ofSeconds(2)));
        LIVE.clear();
    }
}
