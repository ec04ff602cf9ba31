package dev.corstck.harness.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/** What Linux says about a process: running, stopped (SIGSTOP), zombie or gone. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum ProcessState {
    RUNNING, STOPPED, ZOMBIE, GONE;

    /** Read the state of {@code p}; a process the JDK sees as ended is {@link #GONE}. */
    public static ProcessState of(ProcessHandle p) {
        if (!p.isAlive()) {
            return GONE;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            // The state letter follows the parenthesised command name, which may itself contain ')'.
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return switch (state) {
                case 'Z', 'X' -> ZOMBIE;
                case 'T', 't' -> STOPPED;
                default -> RUNNING;
            };
        } catch (IOException | IndexOutOfBoundsException e) {
            return GONE;
        }
    }

    /** Answer whether the process runs: neither stopped, a zombie nor gone. */
    public boolean isRunning() {
        return this == RUNNING;
    }

    /** Answer whether the process is gone or a zombie: it runs no code and holds no resources but its PID. */
    public boolean hasExited() {
        return this == GONE || this == ZOMBIE;
    }
}
