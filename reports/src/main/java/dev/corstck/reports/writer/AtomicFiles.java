package dev.corstck.reports.writer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replace a file all at once: write a temporary file beside it, then rename it over the old one, so a reader (or a
 * run killed mid-write) never sees half a file.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {

    /** Write the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Write {@code file} holding {@code text} in UTF-8; on failure the old file is left as it was. */
    public static void write(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Write {@code file} from {@code content}; on failure the old file is left as it was. */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            readableByAll(temp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            move(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            // An Error too (OutOfMemoryError in the middle of a large write): the temporary must not outlive it.
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Delete the temporary files a killed run left in {@code dir} ({@code .report.json*.tmp} and the like, written
     * beside each report file): they are never read, and can be large.
     */
    static void deleteStaleTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (String name : new String[] {ReportWriter.JSON_FILE, ReportWriter.HTML_FILE, ReportWriter.JUNIT_FILE,
                ReportWriter.SARIF_FILE, ReportWriter.COMPARE_FILE}) {
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "." + name + "*.tmp")) {
                for (Path p : stale) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Create {@code dir} and write (and delete) a file in it, so that a directory that cannot be written fails now,
     * before a first write in the background would; the file is named as a temporary that a later run deletes.
     */
    static void requireWritable(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.delete(Files.createTempFile(dir, "." + ReportWriter.JSON_FILE, ".tmp"));
    }

    /** Undo createTempFile's owner-only mode: a report is published, e.g. as a CI artifact or on a web server. */
    private static void readableByAll(Path temp) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
