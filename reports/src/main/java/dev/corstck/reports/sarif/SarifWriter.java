package dev.corstck.reports.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
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

    /** The distinct actual values kept per result (a few: they show whether the cause really is one). */
    private static final int MAX_ACTUALS = 5;

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

        List<Located> causes = new ArrayList<>();
        for (TargetReport t : report.targets()) {
            List<RootCause> of = RootCauses.of(t);
            Map<RootCause, Facts> facts = Facts.of(t, of);
            of.forEach(c -> causes.add(new Located(t.target(), c, facts.get(c))));
        }
        Map<String, Integer> ruleIndex = rules(driver.putArray("rules"), causes);
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
        for (Located located : causes) {
            results.add(result(located, ruleIndex.get(located.cause().id()), bases.get(located.target())));
        }
        return log;
    }

    /** A root cause with the target it was found on and what its findings say. */
    private record Located(String target, RootCause cause, Facts facts) {

        /** The first finding of the cause's deciding rule: its rule's level and Fetch anchor describe the cause. */
        java.util.Optional<Finding> deciding() {
            return java.util.Optional.ofNullable(facts.deciding).or(() -> java.util.Optional.ofNullable(facts.first));
        }
    }

    /**
     * What the findings a cause explains say beyond the cause itself: the first of its deciding rule, the first of
     * any, and their distinct actual values (at most {@value #MAX_ACTUALS}). Gathered for all of a target's causes in
     * one pass over its findings, which a large report reads from disk.
     */
    private static final class Facts {
        private final java.util.Set<String> rules;
        private final java.util.Set<String> scenarios;
        private final String decidingRule;
        private Finding deciding;
        private Finding first;
        private final java.util.Set<String> actuals = new java.util.LinkedHashSet<>();

        private Facts(RootCause cause) {
            rules = new java.util.HashSet<>(cause.ruleIds());
            scenarios = new java.util.HashSet<>(cause.scenarioIds());
            decidingRule = cause.ruleIds().get(0);
        }

        static Map<RootCause, Facts> of(TargetReport target, List<RootCause> causes) {
            Map<RootCause, Facts> facts = new java.util.IdentityHashMap<>();
            causes.forEach(c -> facts.put(c, new Facts(c)));
            if (!causes.isEmpty()) {
                List<Facts> all = List.copyOf(facts.values());
                target.forEachText(finding -> all.forEach(f -> f.see(finding)));
            }
            return facts;
        }

        private void see(Finding finding) {
            if (!rules.contains(finding.ruleId()) || !scenarios.contains(finding.scenarioId())) {
                return; // not one this cause explains (RootCause#explains)
            }
            if (first == null) {
                first = finding;
            }
            if (deciding == null && finding.ruleId().equals(decidingRule)) {
                deciding = finding;
            }
            if (!finding.actual().isBlank() && actuals.size() < MAX_ACTUALS) {
                actuals.add(finding.actual());
            }
        }
    }

    /** One reporting descriptor per cause ID: a dashboard tracks one misconfiguration as one alert. */
    private static Map<String, Integer> rules(ArrayNode rules, List<Located> causes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Located located : causes) {
            RootCause cause = located.cause();
            if (index.containsKey(cause.id())) {
                continue;
            }
            index.put(cause.id(), index.size());
            java.util.Optional<Finding> deciding = located.deciding();
            // A cause without its findings (a report cut short) is described by its verdict alone.
            Level level = deciding.map(Finding::level).orElse(cause.verdict() == Verdict.FAIL ? Level.MUST : Level.SHOULD);
            ObjectNode rule = rules.addObject();
            rule.put("id", cause.id());
            rule.putObject("shortDescription").put("text", cause.summary());
            deciding.map(Finding::specUrl).filter(SarifWriter::isAbsoluteUri).ifPresent(u -> rule.put("helpUri", u));
            rule.putObject("defaultConfiguration").put("level", defaultLevel(level));
            ObjectNode properties = rule.putObject("properties").put("requirementLevel", level.name());
            deciding.ifPresent(f -> properties.put("ruleGroup", f.ruleGroup()));
            cause.ruleIds().forEach(properties.putArray("rules")::add);
        }
        return index;
    }

    private static ObjectNode invocation(Report report) {
        ObjectNode invocation = JSON.createObjectNode();
        // Successful means the kit ran everything it planned without a problem of its own; FAILs do not count.
        List<Finding> errors = report.targets().stream().flatMap(t -> t.notPassing().stream())
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

    private static ObjectNode result(Located located, int ruleIndex, String baseId) {
        RootCause cause = located.cause();
        String target = located.target();
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", cause.id());
        result.put("ruleIndex", ruleIndex);
        result.put("level", cause.verdict() == Verdict.FAIL ? "error" : "warning");
        result.putObject("message").put("text", cause.findings() + (cause.findings() == 1 ? " finding" : " findings")
                + " (" + cause.scenarioIds().size() + (cause.scenarioIds().size() == 1 ? " scenario, " : " scenarios, ")
                + String.join(", ", cause.engines()) + ", rules " + String.join(", ", cause.ruleIds()) + ") on "
                + target + ": " + cause.message());
        ArrayNode locations = result.putArray("locations");
        String origin = baseId == null ? null : origin(target).orElse(null);
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
                    target + "#" + scenario).put("kind", "scenario");
        }
        // Same cause on the same target: the fingerprint stays put across runs so dashboards track the alert.
        result.putObject("partialFingerprints").put("corsTckRootCause/v2", target + "|" + cause.id());
        ObjectNode properties = result.putObject("properties");
        properties.put("target", target);
        cause.ruleIds().forEach(properties.putArray("rules")::add);
        cause.endpoints().forEach(properties.putArray("endpoints")::add);
        properties.put("findingCount", cause.findings());
        cause.scenarioIds().forEach(properties.putArray("scenarioIds")::add);
        cause.engines().forEach(properties.putArray("engines")::add);
        located.facts().actuals.forEach(properties.putArray("actual")::add);
        if (!cause.remedy().isEmpty()) {
            properties.put("remedy", cause.remedy());
        }
        if (!cause.console().isEmpty()) {
            properties.put("console", cause.console());
        }
        if (!cause.curl().isEmpty()) {
            properties.put("curl", cause.curl());
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
