package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A command started by the kit (an implementation's {@code build} or {@code start}) in a process group of its own,
 * with its output going to a log file, and ended with everything it started: every process in its group and every
 * descendant (a child that made a session of its own leaves the group but stays a descendant; one that double-forks
 * leaves the tree but stays in the group). Only processes the kit started are ever signalled.
 */
final class ProcessTree implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final long group;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    private ProcessTree(Process process, long group) {
        this.process = process;
        this.group = group;
    }

    /**
     * Run {@code command} with {@code bash -c} in {@code dir}, the environment changed by {@code env}, stdout and
     * stderr appended to {@code log}.
     */
    static ProcessTree start(String command, Path dir, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> argv = new ArrayList<>();
        boolean ownGroup = Files.isExecutable(SETSID);
        if (ownGroup) {
            argv.add(SETSID.toString()); // a new session and process group whose ID is the child's PID
        }
        argv.addAll(List.of("bash", "-c", command));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        long group = ownGroup ? process.pid() : -1;
        return new ProcessTree(process, group);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Wait up to {@code timeout} for the command to end; return its exit code, empty if it is still running. */
    Optional<Integer> waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** Return the exit code if the command has ended. */
    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /**
     * End the command and everything it started: SIGTERM to each, SIGKILL to what is left after a grace period.
     * Return the PIDs still running after that (empty: nothing is left).
     */
    List<Long> stop() {
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> members = members();
            if (members.isEmpty()) {
                return List.of();
            }
            members.forEach(ProcessHandle::destroy);
            awaitEnd(members, GRACE);
            members().forEach(ProcessHandle::destroyForcibly);
            awaitEnd(members(), Duration.ofSeconds(2));
        }
        return members().stream().map(ProcessHandle::pid).toList();
    }

    @Override
    public void close() {
        stop();
    }

    /** The live processes of the tree: the command, its descendants, its group, and any seen before. */
    List<ProcessHandle> members() {
        Set<ProcessHandle> now = new LinkedHashSet<>();
        process.toHandle().descendants().forEach(now::add);
        now.add(process.toHandle());
        if (group > 0) {
            ProcStat.inGroup(group).forEach(now::add);
        }
        seen.addAll(now);
        return Stream.concat(seen.stream(), now.stream()).distinct().filter(ProcStat::isRunning).toList();
    }

    private static void awaitEnd(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && handles.stream().anyMatch(ProcStat::isRunning)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
