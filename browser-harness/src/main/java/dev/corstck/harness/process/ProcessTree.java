package dev.corstck.harness.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The processes one started program grew: its root and every descendant seen so far. Every engine ends its
 * processes through this class, by handle (Firefox, WebKit) or by PID ({@link ProcessRegistry}, Chromium).
 *
 * <p>Descendants are remembered, and collected again before the root is killed, because a child whose parent died is
 * re-parented away and no longer shows up under the root; ending the tree must still reach it. {@link ProcessHandle}
 * compares start times, so a reused PID is never mistaken for a remembered process. A tree started with a
 * {@link ProcessMark} also reaches what left the tree before it was ever seen (a helper the root daemonized, a child
 * orphaned by the root's death): every process carrying the mark belongs to it. Every wait is bounded and counts a
 * zombie as exited: it runs no code, and a re-parented zombie is reaped by init, not by us.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ProcessTree {

    private static final Duration KILL_WAIT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 10;
    /** How often marked processes are swept after a kill: one may start another while it is being killed. */
    private static final int SWEEPS = 3;

    private final ProcessHandle root;
    private final Optional<ProcessMark> mark;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    /** Remember {@code root} (its descendants from the first {@link #refresh()} on). */
    public ProcessTree(ProcessHandle root) {
        this(root, Optional.empty());
    }

    /** Remember {@code root}, whose environment carries {@code mark}, and every process that inherits it. */
    public ProcessTree(ProcessHandle root, ProcessMark mark) {
        this(root, Optional.of(mark));
    }

    private ProcessTree(ProcessHandle root, Optional<ProcessMark> mark) {
        this.root = root;
        this.mark = mark;
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

    /** Return every remembered process of this tree, the root included, alive or not, and every marked one. */
    public Set<ProcessHandle> known() {
        refresh();
        return Stream.concat(seen.stream(), marked()).collect(Collectors.toUnmodifiableSet());
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
     * descendants were collected before), and wait up to {@code wait} until they have exited; then sweep the marked
     * processes, which the dead ones may have orphaned or started at the last moment.
     */
    private void kill(Duration wait) {
        refresh();
        killAndAwait(Stream.concat(Stream.of(root), seen.stream().filter(p -> !p.equals(root))), wait);
        for (int round = 0; round < SWEEPS && mark.isPresent(); round++) {
            if (!killAndAwait(marked(), wait)) {
                return;
            }
        }
    }

    /** Kill those of {@code processes} that have not exited and wait for them; answer whether there were any. */
    private static boolean killAndAwait(Stream<ProcessHandle> processes, Duration wait) {
        List<ProcessHandle> running = processes.filter(p -> !ProcessState.of(p).hasExited()).toList();
        running.forEach(ProcessHandle::destroyForcibly);
        awaitExit(running, wait);
        return !running.isEmpty();
    }

    private Stream<ProcessHandle> marked() {
        return mark.map(ProcessMark::carriers).orElseGet(Stream::empty);
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
