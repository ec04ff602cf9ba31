package dev.corstck.reports.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Write a report as SARIF 2.1.0: one run, the rules the findings name in {@code tool.driver.rules}, and one
 * {@code result} per root cause.
 *
 * <p>A root cause is a rule failed by one target: a misconfigured option makes the same rule FAIL in every scenario
 * and every engine that exercises it, and code-scanning dashboards would otherwise show the one mistake dozens of
 * times. The findings a result groups are counted in its message and listed (scenario IDs, engines, distinct actual
 * values) in its {@code properties}. FAIL gives {@code error}, WARN {@code warning}; PASS, INFO and SKIPPED give no
 * result; ERROR (a problem of the kit, never of the target) becomes a tool execution notification, not a result.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SarifWriter {

    /** The SARIF version written: {@value}. */
    public static final String SARIF_VERSION = "2.1.0";
    /** The schema {@code $schema} points at (the OASIS published copy). */
    public static final String SARIF_SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where people learn about the tool (the project's home). */
    public static final String INFORMATION_URI = "https://github.com/cors-tck/cors-tck";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SarifWriter() {
    }

    /** Write {@code report} to {@code out} as UTF-8; the stream is left open. */
    public static void write(Report report, OutputStream out) throws IOException {
        JSON.writeValue(out, document(report));
    }

    /** Return the SARIF log of {@code report} as a JSON tree. */
    public static ObjectNode document(Report report) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", SARIF_VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cors-tck");
        driver.put("version", report.run().toolVersion());
        driver.put("informationUri", INFORMATION_URI);

        List<RootCause> causes = RootCause.of(report);
        Map<String, Integer> ruleIndex = rules(driver.putArray("rules"), report);
        run.set("invocations", JSON.createArrayNode().add(invocation(report)));
        // Endpoints are written relative to their target's origin, named by a uriBaseId (SARIF 3.4.4): the
        // artifact is a URL on the server graded, not a file of the repository the log is uploaded from.
        Map<String, String> bases = new LinkedHashMap<>();
        ObjectNode baseIds = run.putObject("originalUriBaseIds");
        for (TargetReport target : report.targets()) {
            origin(target.target()).ifPresent(origin -> {
                String id = "TARGET_" + (bases.size() + 1);
                bases.put(target.target(), id);
                baseIds.putObject(id).put("uri", origin).putObject("description").put("text", target.label());
            });
        }
        ArrayNode results = run.putArray("results");
        for (RootCause cause : causes) {
            results.add(result(cause, ruleIndex.get(cause.ruleId()), bases.get(cause.target())));
        }
        return log;
    }

    private static Map<String, Integer> rules(ArrayNode rules, Report report) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (TargetReport target : report.targets()) {
            for (Finding f : target.findings()) {
                if (!RootCause.reported(f.verdict()) || index.containsKey(f.ruleId())) {
                    continue;
                }
                index.put(f.ruleId(), index.size());
                ObjectNode rule = rules.addObject();
                rule.put("id", f.ruleId());
                rule.putObject("shortDescription").put("text", f.ruleTitle().isBlank() ? f.ruleId() : f.ruleTitle());
                if (isAbsoluteUri(f.specUrl())) {
                    rule.put("helpUri", f.specUrl());
                }
                rule.putObject("defaultConfiguration").put("level", defaultLevel(f.level()));
                rule.putObject("properties").put("requirementLevel", f.level().name())
                        .put("ruleGroup", f.ruleGroup());
            }
        }
        return index;
    }

    private static ObjectNode invocation(Report report) {
        ObjectNode invocation = JSON.createObjectNode();
        // Successful means the kit ran everything it planned without a problem of its own; FAILs do not count.
        List<Finding> errors = report.targets().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.verdict() == Verdict.ERROR).toList();
        invocation.put("executionSuccessful", report.run().complete() && errors.isEmpty());
        if (!report.run().commandLine().isEmpty()) {
            invocation.put("commandLine", String.join(" ", report.run().commandLine()));
        }
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Finding f : errors) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", "kit error (not a finding about the target) in "
                    + f.ruleId() + " / " + f.scenarioId() + " [" + f.engine().id() + "]: " + f.reason());
        }
        return invocation;
    }

    private static ObjectNode result(RootCause cause, int ruleIndex, String baseId) {
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", cause.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", cause.verdict() == Verdict.FAIL ? "error" : "warning");
        result.putObject("message").put("text", cause.message());
        ArrayNode locations = result.putArray("locations");
        String origin = baseId == null ? null : origin(cause.target()).orElse(null);
        for (String uri : cause.endpoints()) {
            ObjectNode artifact = locations.addObject().putObject("physicalLocation").putObject("artifactLocation");
            if (origin != null && uri.startsWith(origin)) {
                String path = uri.substring(origin.length());
                artifact.put("uri", path.isEmpty() ? "./" : path).put("uriBaseId", baseId);
            } else {
                artifact.put("uri", uri);
            }
        }
        ObjectNode logical = locations.isEmpty() ? locations.addObject() : (ObjectNode) locations.get(0);
        ArrayNode logicalLocations = logical.putArray("logicalLocations");
        for (String scenario : cause.scenarioIds()) {
            logicalLocations.addObject().put("name", scenario).put("fullyQualifiedName",
                    cause.target() + "#" + scenario).put("kind", "scenario");
        }
        // Same rule on the same target: the fingerprint stays put across runs so dashboards track the alert.
        result.putObject("partialFingerprints").put("corsTckRootCause/v1", cause.target() + "|" + cause.ruleId());
        ObjectNode properties = result.putObject("properties");
        properties.put("target", cause.target());
        cause.endpoints().forEach(properties.putArray("endpoints")::add);
        properties.put("findingCount", cause.findings().size());
        cause.scenarioIds().forEach(properties.putArray("scenarioIds")::add);
        cause.engines().forEach(properties.putArray("engines")::add);
        cause.actuals().forEach(properties.putArray("actual")::add);
        if (!cause.remedy().isEmpty()) {
            properties.put("remedy", cause.remedy());
        }
        return result;
    }

    private static String defaultLevel(Level level) {
        return switch (level) {
            case MUST, SECURITY -> "error";
            case SHOULD -> "warning";
            case INFO -> "note";
        };
    }

    /** The scheme and authority of an absolute URL, ending in {@code /} (as a uriBaseId's URI must). */
    private static java.util.Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            return !value.isBlank() && URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
