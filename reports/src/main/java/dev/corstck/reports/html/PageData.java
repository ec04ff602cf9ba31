package dev.corstck.reports.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encode a report compactly for the page's script: findings as arrays of indexes into shared tables (rules,
 * scenarios, evidence), identical evidence stored once, and each evidence citing the page's tables of exchanges and
 * explanation steps by index, so an exchange many findings share is embedded once. The page builds rows and details
 * from it on demand.
 *
 * <p>Layout of one evidence entry: {@code {exchanges: [index into exchanges], observation?, explanation: [index into
 * steps]}}.
 *
 * <p>Layout of one finding: {@code [target, rule, engine, verdict, level, scenario, expected, actual, reason,
 * evidence, remedy]}, where every name but the four texts is an index. See {@code assets/report.js}.
 */
final class PageData {

    private static final ObjectMapper MAPPER = ReportJson.configure(JsonMapper.builder()).build();

    static {
        MAPPER.getFactory().setCharacterEscapes(ScriptJson.ESCAPES);
    }

    private final Map<String, Integer> rules = new LinkedHashMap<>();
    private final Map<String, Integer> scenarios = new LinkedHashMap<>();
    private final Map<Evidence, Integer> evidence = new LinkedHashMap<>();
    private final Map<Exchange, Integer> exchanges = new LinkedHashMap<>();
    private final Map<ExplanationStep, Integer> steps = new LinkedHashMap<>();

    private PageData() {
    }

    /**
     * Encode {@code report} as script-safe JSON, written when the page is rendered: straight into the page, never
     * held whole (at 240,000 findings it is over 100 MB).
     */
    static ScriptJson of(Report report) {
        return new ScriptJson(out -> {
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
                new PageData().write(report, json);
            }
        });
    }

    private void write(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        names(json, "verdicts", Verdict.values());
        names(json, "levels", Level.values());
        json.writeArrayFieldStart("engines");
        for (Engine engine : Engine.values()) {
            json.writeString(engine.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("targets");
        for (TargetReport target : report.targets()) {
            json.writeStartArray();
            json.writeString(target.label());
            json.writeString(target.target());
            json.writeEndArray();
        }
        json.writeEndArray();
        tables(json, findings(report, json));
        json.writeEndObject();
    }

    /** Write the findings array; return the first finding of each rule, which defines its title and link. */
    private Map<String, Finding> findings(Report report, JsonGenerator json) throws IOException {
        Map<String, Finding> ruleDefinitions = new LinkedHashMap<>();
        json.writeArrayFieldStart("findings");
        for (int t = 0; t < report.targets().size(); t++) {
            for (Finding finding : report.targets().get(t).findings()) {
                ruleDefinitions.putIfAbsent(finding.ruleId(), finding);
                finding(json, t, finding);
            }
        }
        json.writeEndArray();
        return ruleDefinitions;
    }

    private void finding(JsonGenerator json, int target, Finding finding) throws IOException {
        json.writeStartArray();
        json.writeNumber(target);
        json.writeNumber(index(rules, finding.ruleId()));
        json.writeNumber(finding.engine().ordinal());
        json.writeNumber(finding.verdict().ordinal());
        json.writeNumber(finding.level().ordinal());
        json.writeNumber(index(scenarios, finding.scenarioId() + "\n" + finding.scenarioTitle()));
        json.writeString(finding.expected());
        json.writeString(finding.actual());
        json.writeString(finding.reason());
        json.writeNumber(evidence.computeIfAbsent(finding.evidence(), e -> evidence.size()));
        json.writeString(finding.remedy());
        json.writeEndArray();
    }

    private void tables(JsonGenerator json, Map<String, Finding> ruleDefinitions) throws IOException {
        json.writeArrayFieldStart("rules");
        for (String id : rules.keySet()) {
            Finding definition = ruleDefinitions.get(id);
            json.writeStartArray();
            json.writeString(id);
            json.writeString(definition.ruleTitle());
            json.writeString(definition.specUrl());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("scenarios");
        for (String key : scenarios.keySet()) {
            int newline = key.indexOf('\n');
            json.writeStartArray();
            json.writeString(key.substring(0, newline));
            json.writeString(key.substring(newline + 1));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        for (Evidence each : evidence.keySet()) {
            json.writeStartObject();
            json.writeArrayFieldStart("exchanges");
            for (Exchange exchange : each.exchanges()) {
                json.writeNumber(exchanges.computeIfAbsent(exchange, x -> exchanges.size()));
            }
            json.writeEndArray();
            if (each.observation().isPresent()) {
                json.writeFieldName("observation");
                MAPPER.writeValue(json, each.observation().get());
            }
            json.writeArrayFieldStart("explanation");
            for (ExplanationStep step : each.explanation()) {
                json.writeNumber(steps.computeIfAbsent(step, x -> steps.size()));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("exchanges");
        MAPPER.writeValue(json, exchanges.keySet());
        json.writeFieldName("steps");
        MAPPER.writeValue(json, steps.keySet());
    }

    private static int index(Map<String, Integer> table, String key) {
        return table.computeIfAbsent(key, k -> table.size());
    }

    private static void names(JsonGenerator json, String field, Enum<?>[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (Enum<?> value : values) {
            json.writeString(value.name());
        }
        json.writeEndArray();
    }
}
