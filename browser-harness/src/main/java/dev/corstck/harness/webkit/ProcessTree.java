package dev.corstck.harness.webkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The processes one started program grew: its root and every descendant seen so far.
 *
 * <p>Descendants are remembered because a child whose parent died is re-parented away and no longer shows up under
 * the root; ending the tree must still reach it. {@link ProcessHandle} compares start times, so a reused PID is never
 * mistaken for ours.
 */
final class ProcessTree {

    private static final Duration KILL_WAIT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 10;

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    ProcessTree(ProcessHandle root) {
        this.root = root;
        seen.add(root);
    }

    ProcessHandle root() {
        return root;
    }

    /** Remember the root's current descendants (call after steps that may start new child processes). */
    void refresh() {
        root.descendants().forEach(seen::add);
    }

    /** Return every remembered process of this tree, the root included, alive or not. */
    Set<ProcessHandle> known() {
        refresh();
        return Set.copyOf(seen);
    }

    /** Answer whether the root runs and is neither a zombie nor stopped. */
    boolean isRunning() {
        return ProcessState.of(root).isRunning();
    }

    /** Ask the root to terminate (SIGTERM), then {@link #end} the tree after at most {@code grace}; never throws. */
    void stop(Duration grace) {
        refresh();
        root.destroy();
        end(grace);
    }

    /** Wait up to {@code grace} for the root to exit, then kill the whole remembered tree; never throws. */
    void end(Duration grace) {
        refresh();
        awaitExit(Set.of(root), grace);
        Set<ProcessHandle> running = seen.stream().filter(p -> !ProcessState.of(p).hasExited())
                .collect(Collectors.toSet());
        running.forEach(ProcessHandle::destroyForcibly);
        awaitExit(running, KILL_WAIT);
    }

    /** Poll until every process has exited or become a zombie (re-parented zombies are reaped by init, not us). */
    private static void awaitExit(Set<ProcessHandle> processes, Duration limit) {
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
