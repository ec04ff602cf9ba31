package dev.corstck.harness.firefox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds processes that still run: alive and not a zombie (zombies re-parented to init hold nothing). */
public final class Leftovers {

    private Leftovers() {}

    /** Return the processes of {@code processes} that still run, as {@code pid command} strings. */
    public static List<String> running(Collection<ProcessHandle> processes) {
        return processes.stream().filter(ProcessHandle::isAlive).filter(p -> !isZombie(p))
                .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList();
    }

    private static boolean isZombie(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException | IndexOutOfBoundsException e) {
            return true; // gone between the two checks
        }
    }

    /** Return the processes this JVM started, directly or not, that still run. */
    public static Set<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(p -> running(List.of(p)).size() == 1)
                .collect(Collectors.toSet());
    }

    /**
     * Return the processes this JVM started, directly or not, that still run and did not yet run in {@code before},
     * leaving out those started meanwhile by a process of {@code before}: a browser of another fixture that still
     * runs starts processes of its own at any time (Firefox its {@code crashreporter --ping-cleanup} about 57 s after
     * startup, new content processes), and they are not what the code under test started.
     */
    public static Set<ProcessHandle> startedSince(Set<ProcessHandle> before) {
        Set<ProcessHandle> started = descendants();
        started.removeAll(before);
        started.removeIf(p -> hasAncestorIn(p, before));
        return started;
    }

    private static boolean hasAncestorIn(ProcessHandle p, Set<ProcessHandle> processes) {
        for (Optional<ProcessHandle> a = p.parent(); a.isPresent(); a = a.get().parent()) {
            if (processes.contains(a.get())) {
                return true;
            }
            if (a.get().equals(ProcessHandle.current())) {
                return false;
            }
        }
        return false;
    }

    /** Write an executable shell script {@code name} into {@code dir} whose body is {@code body}. */
    public static Path script(Path dir, String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        script.toFile().setExecutable(true);
        return script;
    }

    /** Send {@code signal} (e.g. {@code STOP}) to {@code p} with {@code kill}. */
    public static void signal(ProcessHandle p, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + p.pid() + " failed");
        }
    }
}
