package dev.corstck.tck.certification;

import dev.corstck.reports.writer.AtomicFiles;
import dev.corstck.reports.badge.Badge;
import dev.corstck.reports.badge.BadgeSvg;
import dev.corstck.reports.html.CertificationHtmlWriter;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineInfo;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.grading.ReportedGrading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Write the matrix page, {@code <report>/index.html} (configurations × engines × rule families, each cell linking
 * to the configuration's full report), and one badge per configuration and engine,
 * {@code <report>/badges/<implementation>.<configuration>.<engine>.svg}.
 */
final class MatrixPage {

    private MatrixPage() {
    }

    static void write(Path dir, CertificationDocument document, Map<String, Map<String, TargetReport>> views,
            Instant started, boolean complete) throws IOException {
        List<CertificationHtmlWriter.Row> rows = new ArrayList<>();
        for (CertifiedConfiguration row : document.implementations()) {
            Map<String, TargetReport> byEngine = views.getOrDefault(row.name(), Map.of());
            List<CertificationHtmlWriter.EngineColumn> engines = new ArrayList<>();
            byEngine.forEach((engine, view) -> engines.add(new CertificationHtmlWriter.EngineColumn(engine, view,
                    row.engines().get(engine).verdict().id(), row.engines().get(engine).verdict() == row.expected())));
            rows.add(new CertificationHtmlWriter.Row(row.name(), row.title(), row.ecosystem().id(), row.version(),
                    row.expected().id(), row.report(), String.join("; ", row.problems()), engines));
            for (Map.Entry<String, TargetReport> e : byEngine.entrySet()) {
                Badge badge = Badge.of(e.getValue());
                AtomicFiles.write(dir.resolve("badges").resolve(row.implementation() + "." + row.configuration() + "."
                        + e.getKey() + ".svg"), out -> out.write(BadgeSvg.document(new Badge("CORS " + e.getKey(),
                        badge.message(), badge.color())).getBytes(StandardCharsets.UTF_8)));
            }
        }
        Instant now = Instant.now();
        RunInfo run = new RunInfo(ReportedGrading.TOOL_VERSION, started, now.isBefore(started) ? started : now,
                List.of(document.command().split(" ")), engines(document), false, complete);
        AtomicFiles.write(dir.resolve("index.html"), out -> CertificationHtmlWriter.write("CORS certification matrix",
                run, rows, out));
    }

    private static List<EngineInfo> engines(CertificationDocument document) {
        List<EngineInfo> out = new ArrayList<>(List.of(new EngineInfo(Engine.WIRE, "", "cors-tck"),
                new EngineInfo(Engine.SIMULATOR, "", "cors-tck")));
        document.browsers().stream().filter(b -> !b.equals("none"))
                .forEach(b -> out.add(new EngineInfo(Engine.of(b), "", "browser-harness")));
        return out;
    }
}
