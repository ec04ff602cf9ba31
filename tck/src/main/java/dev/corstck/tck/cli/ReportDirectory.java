package dev.corstck.tck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guards the {@code --report} directory: the kit replaces the files it writes there, so it must never be pointed at
 * a system directory ({@code /etc}, {@code /usr}, ...) or at a directory full of someone's files. Accepted: a
 * directory that does not exist yet, an empty one, or one that holds an earlier cors-tck report (a {@code report.json}
 * of the cors-tck schema, or only the files a report is made of, as an interrupted run leaves them). Anything else is
 * refused with exit 2 unless {@code --force} says so explicitly.
 */
final class ReportDirectory {

    /** Directories that are never a report directory: the roots of the system's own trees, and everything under some. */
    static final List<String> SYSTEM = List.of("/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32",
            "/lib64", "/libx32", "/media", "/mnt", "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp",
            "/usr", "/var", "/var/tmp", "/var/lib", "/var/log");

    /** Trees no report goes into, at any depth. */
    static final List<String> SYSTEM_TREES = List.of("/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64",
            "/libx32", "/proc", "/run", "/sbin", "/sys", "/usr", "/var/lib", "/var/log");

    /** What a cors-tck report directory holds (see the reports module's ReportWriter). */
    private static final Set<String> REPORT_FILES = Set.of("index.html", "compare.html", "report.json", "junit.xml",
            "report.sarif", "badges");

    private ReportDirectory() {
    }

    /** Why {@code dir} must not receive a report, or empty when it may; {@code force} accepts any but a file. */
    static Optional<String> refusal(Path dir, boolean force) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path real = absolute;
        try {
            if (Files.exists(absolute)) {
                real = absolute.toRealPath();
            }
        } catch (IOException e) {
            return Optional.empty(); // unreadable: writing will fail with its own message (exit 2 as well)
        }
        if (Files.exists(real) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(real + " exists and is not a directory");
        }
        if (force) {
            return Optional.empty();
        }
        String path = real.toString();
        if (home().filter(real::equals).isPresent() || SYSTEM.contains(path)
                || SYSTEM_TREES.stream().anyMatch(t -> path.startsWith(t + "/"))) {
            return Optional.of(real + " is a system directory; name a directory of its own, e.g. "
                    + "./cors-tck-report (or pass --force to write there anyway)");
        }
        if (!Files.isDirectory(real) || isEmpty(real) || holdsReport(real)) {
            return Optional.empty();
        }
        return Optional.of(real + " is not empty and holds no earlier cors-tck report: the report's files would be"
                + " written among other files; name a new or empty directory (or pass --force to write there anyway)");
    }

    private static Optional<Path> home() {
        String home = System.getProperty("user.home");
        try {
            return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home).toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** An earlier report: a cors-tck {@code report.json}, or nothing but a report's files (an interrupted run's). */
    static boolean holdsReport(Path dir) {
        Path json = dir.resolve("report.json");
        if (Files.isRegularFile(json)) {
            try (InputStream in = Files.newInputStream(json)) {
                String start = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                if (start.contains("\"schemaVersion\"") && start.contains("\"toolVersion\"")) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean temp = name.startsWith(".") && name.endsWith(".tmp");
                if (!REPORT_FILES.contains(name) && !temp) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
