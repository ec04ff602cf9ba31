package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Linux's {@code /proc/<pid>/stat} says about a process: its state and its process group. Where there is no
 * {@code /proc}, groups are empty and liveness is the JDK's.
 */
final class ProcStat {

    private static final Path PROC = Path.of("/proc");

    private ProcStat() {
    }

    /** Answer whether {@code handle} is running: alive, and not a zombie waiting for its parent to reap it. */
    static boolean isRunning(ProcessHandle handle) {
        return handle.isAlive() && fields(handle.pid()).map(f -> !f[0].equals("Z") && !f[0].equals("X"))
                .orElse(handle.isAlive());
    }

    /** Return the processes whose process group is {@code group}. */
    static List<ProcessHandle> inGroup(long group) {
        List<ProcessHandle> out = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, p -> p.getFileName().toString()
                .matches("[0-9]+"))) {
            for (Path dir : dirs) {
                long pid = Long.parseLong(dir.getFileName().toString());
                fields(pid).filter(f -> f[2].equals(Long.toString(group)))
                        .flatMap(f -> ProcessHandle.of(pid)).ifPresent(out::add);
            }
        } catch (IOException e) {
            // /proc vanished under us: report what was found
        }
        return out;
    }

    /** The fields after the command name: state, ppid, pgrp, ... (the name may hold spaces and parentheses). */
    private static Optional<String[]> fields(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            return fields.length > 3 ? Optional.of(fields) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
