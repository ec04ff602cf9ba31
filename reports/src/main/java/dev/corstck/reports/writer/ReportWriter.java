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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Write {@code report} into {@code dir} (created if needed); return the files written, JSON first. */
    public List<Path> write(Path dir, Report report) throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.contains(ReportFormat.JSON)) {
            written.add(write(dir.resolve(JSON_FILE), out -> ReportJson.write(report, out)));
        }
        if (formats.contains(ReportFormat.JUNIT_XML)) {
            written.add(write(dir.resolve(JUNIT_FILE), out -> JUnitXmlWriter.write(report, out)));
        }
        if (formats.contains(ReportFormat.SARIF)) {
            written.add(write(dir.resolve(SARIF_FILE), out -> SarifWriter.write(report, out)));
        }
        if (formats.contains(ReportFormat.HTML)) {
            written.add(write(dir.resolve(HTML_FILE), out -> HtmlReportWriter.write(report, out)));
        }
        if (formats.contains(ReportFormat.COMPARISON) && report.targets().size() > 1) {
            written.add(write(dir.resolve(COMPARE_FILE), out -> ComparisonHtmlWriter.write(report, out)));
        }
        if (formats.contains(ReportFormat.BADGES)) {
            written.addAll(badges(dir.resolve(BADGES_DIR), report));
        }
        return written;
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
}
