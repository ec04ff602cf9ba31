package dev.corstck.reports.spool;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * Where spools live: hidden directories in the report directory ({@code .spool-PID-N}), on the disk the report goes
 * to (a large run spools about as much as its report.json), removed when the JVM exits, after its shutdown hooks
 * (an interrupted run's last report is written from the spool), and by the next writer opened on the directory
 * when a JVM was killed before it could.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Spools {

    private static final String PREFIX = ".spool-";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> FILES = List.of("findings.jsonl", "exchanges.jsonl", "steps.jsonl",
            "evidence.jsonl");

    private Spools() {
    }

    /** Create a spool in a new hidden directory of {@code reportDir}, deleted when the JVM exits. */
    public static FindingSpool create(Path reportDir) throws IOException {
        Path dir = reportDir.resolve(PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
        // deleteOnExit runs after the shutdown hooks, and deletes in reverse order: the files, then the directory.
        dir.toFile().deleteOnExit();
        FILES.forEach(f -> dir.resolve(f).toFile().deleteOnExit());
        return FindingSpool.create(dir);
    }

    /** Delete the spools in {@code reportDir} whose JVM is no longer running. */
    public static void deleteStale(Path reportDir) throws IOException {
        if (!Files.isDirectory(reportDir)) {
            return;
        }
        try (DirectoryStream<Path> spools = Files.newDirectoryStream(reportDir, PREFIX + "*")) {
            for (Path spool : spools) {
                Optional<Long> pid = pid(spool.getFileName().toString());
                if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                FindingSpool.delete(spool);
            }
        }
    }

    private static Optional<Long> pid(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return Optional.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
