package dev.corstck.harness.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The processes one started program grew: its root and every descendant seen so far. Every engine ends its
 * processes through this class, by handle (Firefox, WebKit) or by PID ({@link ProcessRegistry}, Chromium).
 *
 * <p>Descendants are remembered, and collected again before the root is killed, because a child whose parent died is
 * re-parented away and no longer shows up under the root; ending the tree must still reach it. {@link ProcessHandle}
 * compares start times, so a reused PID is never mistaken for a remembered process. Every wait is bounded and counts
 * a zombie as exited: it runs no code, and a re-parented zombie is reaped by init, not by us.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ProcessTree {

    private static final Duration KILL_WAIT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 10;

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    /** Remember {@code root} (its descendants from the first {@link #refresh()} on). */
    public ProcessTree(ProcessHandle root) {
        this.root = root;
        seen.add(root);
    }

    /** Kill {@code pid} and its descendants forcibly and wait up to {@code wait} for them to exit; never throws. */
    public static void kill(long pid, Duration wait) {
        ProcessHandle.of(pid).ifPresent(root -> new ProcessTree(root).kill(wait));
    }

    /** Answer whether {@code pid} is a process that has not exited (a zombie has; a stopped process has not). */
    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(p -> !ProcessState.of(p).hasExited()).orElse(false);
    }

    public ProcessHandle root() {
        return root;
    }

    /** Remember the root's current descendants (call after steps that may start new child processes). */
    public void refresh() {
        root.descendants().forEach(seen::add);
    }

    /** Return every remembered process of this tree, the root included, alive or not. */
    public Set<ProcessHandle> known() {
        refresh();
        return Set.copyOf(seen);
    }

    /** Answer whether the root runs and is neither a zombie nor stopped. */
    public boolean isRunning() {
        return ProcessState.of(root).isRunning();
    }

    /** Ask the root to terminate (SIGTERM), then {@link #end} the tree after at most {@code grace}; never throws. */
    public void stop(Duration grace) {
        refresh();
        root.destroy();
        end(grace);
    }

    /** Wait up to {@code grace} for the root to exit, then kill the whole remembered tree; never throws. */
    public void end(Duration grace) {
        refresh();
        awaitExit(Set.of(root), grace);
        kill(KILL_WAIT);
    }

    /**
     * Kill every remembered process that has not exited, the root first so it starts no replacements (its
     * descendants were collected before), and wait up to {@code wait} until they have exited.
     */
    private void kill(Duration wait) {
        refresh();
        List<ProcessHandle> running = Stream.concat(Stream.of(root), seen.stream().filter(p -> !p.equals(root)))
                .filter(p -> !ProcessState.of(p).hasExited()).toList();
        running.forEach(ProcessHandle::destroyForcibly);
        awaitExit(running, wait);
    }

    /** Poll until every process has exited or become a zombie, or {@code limit} has passed. */
    private static void awaitExit(Collection<ProcessHandle> processes, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (processes.stream().anyMatch(p -> !ProcessState.of(p).hasExited()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
