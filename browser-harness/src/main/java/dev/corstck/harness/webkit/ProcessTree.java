package dev.corstck.harness.webkit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The processes one started program grew: its root and every descendant seen so far.
 *
 * <p>Descendants are remembered because a child whose parent died is re-parented away and no longer shows up under
 * the root; ending the tree must still reach it. {@link ProcessHandle} compares start times, so a reused PID is never
 * mistaken for ours.
 */
final class ProcessTree {

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
        try {
            root.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            // Still running after the grace period (or interrupted): fall through to killing it.
        }
        Set<ProcessHandle> alive = seen.stream().filter(ProcessHandle::isAlive).collect(Collectors.toSet());
        alive.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : alive) {
            try {
                p.onExit().get(2, TimeUnit.SECONDS);
            } catch (Exception gone) {
                // A zombie re-parented to init never "exits" for us; it holds no resources worth waiting for.
            }
        }
    }
}
