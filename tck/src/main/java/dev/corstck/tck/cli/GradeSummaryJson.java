package dev.corstck.tck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.writer.ReportWriter;
import java.nio.file.Path;

/**
 * The {@code grade --format json} summary: the verdict counts, the exit code, each target's root causes with fix,
 * console line and curl command, and where the report is. The shape is documented in tck/GRADING.md.
 */
final class GradeSummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradeSummaryJson() {
    }

    /** The summary of {@code report}, written to {@code dir}, that exits with {@code exitCode}. */
    static String of(Report report, int exitCode, Path dir) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exitCode", exitCode);
        root.put("conformance", report.conformance().label());
        root.put("complete", report.run().complete());
        counts(root.putObject("findings"), report.summary());
        Path abs = dir.toAbsolutePath();
        ObjectNode files = root.putObject("report");
        files.put("dir", abs.toString());
        files.put("html", abs.resolve(ReportWriter.HTML_FILE).toString());
        files.put("json", abs.resolve(ReportWriter.JSON_FILE).toString());
        files.put("junit", abs.resolve(ReportWriter.JUNIT_FILE).toString());
        files.put("sarif", abs.resolve(ReportWriter.SARIF_FILE).toString());
        var targets = root.putArray("targets");
        for (TargetReport t : report.targets()) {
            ObjectNode target = targets.addObject();
            target.put("target", t.target());
            target.put("label", t.label());
            target.put("conformance", t.conformance().label());
            counts(target.putObject("findings"), t.summary());
            var causes = target.putArray("causes");
            for (RootCause c : RootCauses.of(t)) {
                ObjectNode cause = causes.addObject();
                cause.put("id", c.id());
                cause.put("verdict", c.verdict().name());
                cause.put("summary", c.summary());
                cause.put("fix", c.remedy());
                cause.put("console", c.console());
                cause.put("curl", c.curl());
                c.ruleIds().forEach(cause.putArray("rules")::add);
                c.endpoints().forEach(cause.putArray("endpoints")::add);
                cause.put("findings", c.findings());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the summary could not be serialised: " + e.getOriginalMessage(), e);
        }
    }

    private static void counts(ObjectNode node, Summary summary) {
        node.put("total", summary.total());
        for (Verdict v : Verdict.values()) {
            node.put(v.name(), summary.count(v));
        }
    }
}
