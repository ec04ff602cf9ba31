package dev.corstck.harness.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * An environment variable set on one started program. Every process it starts inherits it, even one it daemonizes
 * (Firefox's {@code crashhelper} is re-parented to init at once) or one its death orphans (a {@code crashreporter} it
 * spawned when its root is killed): once such a process has left the program's process tree, the mark is the only
 * link to it that is left. Linux keeps a process's initial environment in {@code /proc/PID/environ}.
 *
 * @param name  the variable's name
 * @param value a value no other program carries
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ProcessMark(String name, String value) {

    private static final String NAME = "CORS_TCK_PROCESS_TREE";

    /** Return a mark no other program carries. */
    public static ProcessMark fresh() {
        return new ProcessMark(NAME, UUID.randomUUID().toString());
    }

    /** Set this mark in the environment of the programs {@code pb} starts, and return {@code pb}. */
    public ProcessBuilder applyTo(ProcessBuilder pb) {
        pb.environment().put(name, value);
        return pb;
    }

    /** Return every process that carries this mark (alive or a zombie); processes of other users are not seen. */
    public Stream<ProcessHandle> carriers() {
        String entry = name + "=" + value;
        return ProcessHandle.allProcesses().filter(p -> carries(p, entry));
    }

    private static boolean carries(ProcessHandle p, String entry) {
        try {
            byte[] environ = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "environ"));
            return Arrays.asList(new String(environ, StandardCharsets.UTF_8).split("\0")).contains(entry);
        } catch (IOException | SecurityException e) {
            return false; // gone, or not ours to read
        }
    }
}
