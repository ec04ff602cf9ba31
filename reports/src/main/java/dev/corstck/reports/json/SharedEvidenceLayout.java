package dev.corstck.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.reports.model.CitedFinding;
import dev.corstck.reports.model.CitedFindings;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Observation;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schema 2's layout of {@code report.json}: per target, the shared tables ({@code exchanges}, {@code steps},
 * {@code rules}, {@code scenarios}) come before the findings, and a finding's evidence cites table entries by
 * index. Reading re-links every index to its value, so the model is the one that was written (see
 * {@code REPORT-SCHEMA.md}).
 */
final class SharedEvidenceLayout {

    private final ObjectMapper mapper;

    SharedEvidenceLayout(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void write(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schemaVersion", Report.SCHEMA_VERSION);
        json.writeFieldName("run");
        mapper.writeValue(json, report.run());
        json.writeArrayFieldStart("targets");
        for (TargetReport target : report.targets()) {
            try {
                target(target, json);
            } catch (UncheckedIOException e) {
                throw e.getCause(); // a spool that could not be read, or the file being written
            }
        }
        json.writeEndArray();
        json.writeFieldName("summary");
        mapper.writeValue(json, report.summary());
        json.writeFieldName("conformance");
        mapper.writeValue(json, report.conformance());
        json.writeEndObject();
    }

    private void target(TargetReport target, JsonGenerator json) throws IOException {
        CitedFindings cited = target.citations();
        json.writeStartObject();
        json.writeStringField("target", target.target());
        json.writeStringField("label", target.label());
        json.writeStringField("policy", target.policy());
        json.writeBooleanField("complete", target.complete());
        json.writeArrayFieldStart("exchanges");
        cited.forEachExchange(exchange -> value(json, exchange));
        json.writeEndArray();
        json.writeArrayFieldStart("steps");
        cited.forEachStep(step -> value(json, step));
        json.writeEndArray();
        json.writeObjectFieldStart("rules");
        for (var rule : cited.rules().entrySet()) {
            json.writeObjectFieldStart(rule.getKey());
            json.writeStringField("title", rule.getValue().title());
            json.writeStringField("specUrl", rule.getValue().specUrl());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("scenarios");
        cited.forEachScenario((id, title) -> UncheckedWrite.run(() -> json.writeStringField(id, title)));
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        cited.forEachCited(finding -> UncheckedWrite.run(() -> finding(finding, json)));
        json.writeEndArray();
        json.writeFieldName("agreement");
        mapper.writeValue(json, target.agreement());
        if (!target.causes().isEmpty()) { // optional: a report grouped by the kit's catalog causes
            json.writeFieldName("causes");
            mapper.writeValue(json, target.causes());
        }
        json.writeFieldName("summary");
        mapper.writeValue(json, target.summary());
        json.writeFieldName("conformance");
        mapper.writeValue(json, target.conformance());
        json.writeEndObject();
    }

    private void value(JsonGenerator json, Object value) {
        UncheckedWrite.run(() -> mapper.writeValue(json, value));
    }


    private void finding(CitedFinding cited, JsonGenerator json) throws IOException {
        Finding finding = cited.texts();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        // Only a finding whose texts differ from its rule's or scenario's first finding carries them itself.
        if (cited.ownRuleTitle()) {
            json.writeStringField("ruleTitle", finding.ruleTitle());
        }
        json.writeStringField("level", finding.level().name());
        if (cited.ownSpecUrl()) {
            json.writeStringField("specUrl", finding.specUrl());
        }
        json.writeStringField("verdict", finding.verdict().name());
        json.writeStringField("reason", finding.reason());
        json.writeStringField("scenarioId", finding.scenarioId());
        if (cited.ownScenarioTitle()) {
            json.writeStringField("scenarioTitle", finding.scenarioTitle());
        }
        json.writeStringField("engine", finding.engine().id());
        json.writeStringField("expected", finding.expected());
        json.writeStringField("actual", finding.actual());
        json.writeObjectFieldStart("evidence");
        json.writeArrayFieldStart("exchanges");
        for (int i = 0; i < cited.exchangeCount(); i++) {
            json.writeNumber(cited.exchange(i));
        }
        json.writeEndArray();
        if (finding.evidence().observation().isPresent()) {
            json.writeFieldName("observation");
            mapper.writeValue(json, finding.evidence().observation().get());
        }
        json.writeArrayFieldStart("explanation");
        for (int i = 0; i < cited.stepCount(); i++) {
            json.writeNumber(cited.step(i));
        }
        json.writeEndArray();
        json.writeEndObject();
        if (!finding.remedy().isEmpty()) {
            json.writeStringField("remedy", finding.remedy());
        }
        json.writeEndObject();
    }

    /** Read a schema 2 tree; {@code source} names the file in error messages. */
    Report read(JsonNode root, String source) throws IOException {
        RunInfo run = mapper.treeToValue(root.path("run"), RunInfo.class);
        List<TargetReport> targets = new ArrayList<>();
        for (JsonNode target : root.path("targets")) {
            targets.add(target(target, source));
        }
        return new Report(root.path("schemaVersion").asText(), run, targets);
    }

    private TargetReport target(JsonNode node, String source) throws IOException {
        List<Exchange> exchanges = new ArrayList<>();
        for (JsonNode exchange : node.path("exchanges")) {
            exchanges.add(mapper.treeToValue(exchange, Exchange.class));
        }
        List<ExplanationStep> steps = new ArrayList<>();
        for (JsonNode step : node.path("steps")) {
            steps.add(mapper.treeToValue(step, ExplanationStep.class));
        }
        List<Finding> findings = new ArrayList<>();
        int index = 0;
        for (JsonNode finding : node.path("findings")) {
            findings.add(finding(finding, node, exchanges, steps, source + ": " + node.path("target").asText()
                    + " finding " + index++));
        }
        ObjectNode shell = ((ObjectNode) node).deepCopy();
        shell.remove(List.of("exchanges", "steps", "rules", "scenarios"));
        shell.putArray("findings");
        TargetReport read = mapper.treeToValue(shell, TargetReport.class);
        return new TargetReport(read.target(), read.label(), read.policy(), read.complete(), findings,
                read.agreement(), read.causes());
    }

    private Finding finding(JsonNode node, JsonNode target, List<Exchange> exchanges, List<ExplanationStep> steps,
                            String where) throws IOException {
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        JsonNode rule = target.path("rules").path(node.path("ruleId").asText());
        if (!fields.has("ruleTitle")) {
            fields.set("ruleTitle", required(rule.path("title"), where + ": rule has no title"));
        }
        if (!fields.has("specUrl")) {
            fields.set("specUrl", required(rule.path("specUrl"), where + ": rule has no specUrl"));
        }
        if (!fields.has("scenarioTitle")) {
            fields.set("scenarioTitle", required(target.path("scenarios").path(node.path("scenarioId").asText()),
                    where + ": scenario has no title"));
        }
        JsonNode evidence = fields.remove("evidence");
        fields.putObject("evidence").putArray("exchanges");
        ((ObjectNode) fields.get("evidence")).putArray("explanation");
        Finding read = mapper.treeToValue(fields, Finding.class);
        Optional<Observation> observation = evidence == null || evidence.path("observation").isMissingNode()
                ? Optional.empty() : Optional.of(mapper.treeToValue(evidence.get("observation"), Observation.class));
        Evidence linked = new Evidence(cited(evidence, "exchanges", exchanges, where),
                observation, cited(evidence, "explanation", steps, where));
        return new Finding(read.ruleId(), read.ruleTitle(), read.level(), read.specUrl(), read.verdict(),
                read.reason(), read.scenarioId(), read.scenarioTitle(), read.engine(), read.expected(), read.actual(),
                linked, read.remedy());
    }

    private static <T> List<T> cited(JsonNode evidence, String field, List<T> table, String where)
            throws ReportFormatException {
        JsonNode refs = evidence == null ? null : evidence.get(field);
        if (refs == null) {
            return List.of();
        }
        if (!(refs instanceof ArrayNode)) {
            throw new ReportFormatException(where + ": evidence." + field + " is not an array of indexes", null);
        }
        List<T> out = new ArrayList<>(refs.size());
        for (JsonNode ref : refs) {
            if (!ref.canConvertToInt() || !ref.isIntegralNumber() || ref.asInt() < 0 || ref.asInt() >= table.size()) {
                throw new ReportFormatException(where + ": evidence." + field + " cites " + ref
                        + ", but the target's table has " + table.size() + " entries", null);
            }
            out.add(table.get(ref.asInt()));
        }
        return out;
    }

    private static JsonNode required(JsonNode value, String message) throws ReportFormatException {
        if (!value.isTextual()) {
            throw new ReportFormatException(message, null);
        }
        return value;
    }
}
