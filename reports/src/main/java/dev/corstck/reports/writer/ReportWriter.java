package dev.corstck.reports.writer;

import dev.corstck.reports.badge.Badge;
import dev.corstck.reports.badge.BadgeSvg;
import dev.corstck.reports.html.ComparisonHtmlWriter;
import dev.corstck.reports.html.HtmlReportWriter;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.junitxml.JUnitXmlWriter;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.sarif.SarifWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apiguardian.api.API;

/**
 * Write a report directory: {@code report.json}, {@code index.html}, {@code junit.xml}, {@code report.sarif},
 * {@code compare.html} (two targets or more) and {@code badges/*.svg}, each file replaced atomically.
 *
 * <pre>{@code
 * List<Path> files = ReportWriter.allFormats().write(Path.of("cors-report"), report);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportWriter {

    /** File names inside the report directory (fixed by the design). */
    public static final String JSON_FILE = "report.json";
    public static final String HTML_FILE = "index.html";
    public static final String JUNIT_FILE = "junit.xml";
    public static final String SARIF_FILE = "report.sarif";
    public static final String COMPARE_FILE = "compare.html";
    public static final String BADGES_DIR = "badges";

    private final Set<ReportFormat> formats;

    private ReportWriter(Set<ReportFormat> formats) {
        this.formats = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
    }

    /** Return a writer of every format. */
    public static ReportWriter allFormats() {
        return new ReportWriter(ReportFormat.all());
    }

    /** Return a writer of the given formats only. */
    public static ReportWriter of(Set<ReportFormat> formats) {
        return new ReportWriter(formats);
    }

    /** Write {@code report} into {@code dir} (created if needed), one file after another; return the files written, JSON first. */
    public List<Path> write(Path dir, Report report) throws IOException {
        return write(dir, report, () -> false);
    }

    /**
     * Write as {@link #write(Path, Report)} does, giving up as soon as {@code abandoned} says so ({@link
     * WriteAbandoned}, the file being written left as it was): a checkpoint of a large report is dropped when the
     * final write wants the files.
     */
    List<Path> write(Path dir, Report report, java.util.function.BooleanSupplier abandoned) throws IOException {
        Report numbered = numbered(report);
        List<Path> written = new ArrayList<>();
        for (Part part : parts(abandoned)) {
            written.addAll(part.write(dir, numbered));
        }
        return written;
    }

    /**
     * Write {@code report} as {@link #write} does, its JSON, its JUnit XML and SARIF, and its HTML pages and badges
     * each on a thread of its own, and wait for all of them: the same files, in about the time of the slowest
     * (a CLI run's final write is on its critical path). The first failure is thrown once every part has ended.
     *
     * @since 0.1
     */
    public List<Path> writeConcurrently(Path dir, Report given) throws IOException {
        Report report = numbered(given);
        List<Part> parts = parts(() -> false);
        List<FutureTask<List<Path>>> tasks = new ArrayList<>();
        for (Part part : parts.subList(1, parts.size())) {
            FutureTask<List<Path>> task = new FutureTask<>(() -> part.write(dir, report));
            Thread thread = new Thread(task, "cors-tck-report-write");
            thread.setDaemon(true); // a write of a run stopped at exit must not keep the JVM
            thread.start();
            tasks.add(task);
        }
        List<Path> written = new ArrayList<>();
        IOException failure = null;
        try {
            written.addAll(parts.get(0).write(dir, report));
        } catch (IOException e) {
            failure = e;
        }
        for (FutureTask<List<Path>> task : tasks) {
            try {
                written.addAll(joined(task));
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    /**
     * The report with each target's findings numbered once ({@link TargetReport#numbered()}): every format cites
     * the same tables, and numbering a few thousand findings is a good part of writing them.
     */
    private static Report numbered(Report report) {
        return new Report(report.schemaVersion(), report.run(),
                report.targets().stream().map(TargetReport::numbered).toList());
    }

    /** The formats this writer writes, in three parts that share nothing: JSON; JUnit XML and SARIF; HTML and badges. */
    private List<Part> parts(java.util.function.BooleanSupplier abandoned) {
        return List.of((dir, report) -> {
            List<Path> written = new ArrayList<>();
            if (formats.contains(ReportFormat.JSON)) {
                written.add(write(dir.resolve(JSON_FILE), out -> ReportJson.write(report, out), abandoned));
            }
            return written;
        }, (dir, report) -> {
            List<Path> written = new ArrayList<>();
            if (formats.contains(ReportFormat.JUNIT_XML)) {
                written.add(write(dir.resolve(JUNIT_FILE), out -> JUnitXmlWriter.write(report, out), abandoned));
            }
            if (formats.contains(ReportFormat.SARIF)) {
                written.add(write(dir.resolve(SARIF_FILE), out -> SarifWriter.write(report, out), abandoned));
            }
            return written;
        }, (dir, report) -> {
            List<Path> written = new ArrayList<>();
            if (formats.contains(ReportFormat.HTML)) {
                written.add(write(dir.resolve(HTML_FILE), out -> HtmlReportWriter.write(report, out), abandoned));
            }
            if (formats.contains(ReportFormat.COMPARISON) && report.targets().size() > 1) {
                written.add(write(dir.resolve(COMPARE_FILE), out -> ComparisonHtmlWriter.write(report, out), abandoned));
            }
            if (formats.contains(ReportFormat.BADGES)) {
                written.addAll(badges(dir.resolve(BADGES_DIR), report));
            }
            return written;
        });
    }

    /** The result of a part written on another thread; its exception as thrown there. */
    private static List<Path> joined(FutureTask<List<Path>> task) throws IOException {
        try {
            return uninterruptibly(task);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Wait for {@code task} even when interrupted (a stop request must not leave a file half written), then re-interrupt. */
    private static List<Path> uninterruptibly(FutureTask<List<Path>> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Some of the formats, written one after another. */
    @FunctionalInterface
    private interface Part {
        List<Path> write(Path dir, Report report) throws IOException;
    }

    private static List<Path> badges(Path dir, Report report) throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, String> names = BadgeFiles.names(report.targets());
        for (TargetReport target : report.targets()) {
            byte[] svg = BadgeSvg.document(Badge.of(target)).getBytes(StandardCharsets.UTF_8);
            written.add(write(dir.resolve(names.get(target.target())), out -> out.write(svg)));
        }
        return written;
    }

    private static Path write(Path file, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }

    private static Path write(Path file, AtomicFiles.Content content, java.util.function.BooleanSupplier abandoned)
            throws IOException {
        AtomicFiles.write(file, out -> content.writeTo(new Abandonable(out, abandoned)));
        return file;
    }

    /** A write given up because the caller no longer wants it (the file is left as it was). */
    static final class WriteAbandoned extends IOException {
        WriteAbandoned() {
            super("the write was abandoned");
        }
    }

    /** A stream that throws {@link WriteAbandoned} on the first write after {@code abandoned} turns true. */
    private static final class Abandonable extends java.io.FilterOutputStream {
        private final java.util.function.BooleanSupplier abandoned;

        Abandonable(java.io.OutputStream out, java.util.function.BooleanSupplier abandoned) {
            super(out);
            this.abandoned = abandoned;
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            check();
            out.write(bytes, offset, length);
        }

        private void check() throws IOException {
            if (abandoned.getAsBoolean()) {
                throw new WriteAbandoned();
            }
        }
    }
}
