package dev.corstck.tck.engine.execution;

import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Publish a class's summary as a report entry and its report files (report.json, index.html, junit.xml) as file
 * entries, so IDEs and the Open Test Reporting XML link to them.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ClassReporting {

    private ClassReporting() {
    }

    /** Publish the summary and the report files of {@code graded} on {@code descriptor}. */
    public static void publish(EngineExecutionListener listener, TestDescriptor descriptor, String targetUrl,
            GradedClass graded) {
        TargetReport report = graded.report();
        Summary summary = report.summary();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("target", targetUrl);
        entry.put("conformance", report.conformance().label());
        StringBuilder counts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(summary.count(v)).append(' ')
                    .append(v.name().toLowerCase(Locale.ROOT));
        }
        entry.put("scenarios", String.valueOf(graded.scenarios()));
        entry.put("findings", counts.toString());
        graded.reportFiles().stream().findFirst().map(Path::getParent)
                .ifPresent(dir -> entry.put("reports", dir.toAbsolutePath().toString()));
        graded.reportProblem().ifPresent(p -> entry.put("reports", p));
        listener.reportingEntryPublished(descriptor, ReportEntry.from(entry));
        for (Path file : graded.reportFiles()) {
            listener.fileEntryPublished(descriptor, FileEntry.from(file.toAbsolutePath(), mediaType(file)));
        }
    }

    private static String mediaType(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? "application/json" : name.endsWith(".html") ? "text/html" : "application/xml";
    }
}
