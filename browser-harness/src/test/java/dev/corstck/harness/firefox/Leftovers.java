package dev.corstck.harness.firefox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

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

    /** Send {@code signal} (e.g. {@code STOP}) to {@code p} with {@code kill}. */
    public static void signal(ProcessHandle p, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + p.pid() + " failed");
        }
    }
}
