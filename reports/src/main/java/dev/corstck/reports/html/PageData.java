package dev.corstck.reports.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.CitedFinding;
import dev.corstck.reports.model.CitedFindings;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EvidenceCitation;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** Scenarios whose finding gives them a title of its own: numbered after every target's scenario table. */
    private final Map<String, Integer> ownScenarioTitles = new LinkedHashMap<>();
    private final List<CitedFindings> cited = new ArrayList<>();
    /** Per target, where its entries start in the page's exchange, step, evidence and scenario tables. */
    private int[] exchangeBase;
    private int[] stepBase;
    private int[] evidenceBase;
    private int[] scenarioBase;
    private int scenarioTotal;

    private PageData() {
    }

    /**
     * Encode {@code report} as script-safe JSON, written when the page is rendered: straight into the page, never
     * held whole (at 240,000 findings it is over 100 MB).
     */
    static ScriptJson of(Report report) {
        return new ScriptJson(out -> {
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
                try {
                    new PageData().write(report, json);
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // a spool that could not be read, or the page being written
                }
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

    /**
     * Write the findings array; return the first finding of each rule, which defines its title and link. Each
     * target's tables follow one another in the page's (a value two targets share is listed for each).
     */
    private Map<String, Finding> findings(Report report, JsonGenerator json) throws IOException {
        int n = report.targets().size();
        exchangeBase = new int[n];
        stepBase = new int[n];
        evidenceBase = new int[n];
        scenarioBase = new int[n];
        int exchanges = 0;
        int steps = 0;
        int evidence = 0;
        for (int t = 0; t < n; t++) {
            CitedFindings target = report.targets().get(t).citations();
            cited.add(target);
            exchangeBase[t] = exchanges;
            stepBase[t] = steps;
            evidenceBase[t] = evidence;
            scenarioBase[t] = scenarioTotal;
            exchanges += target.exchangeCount();
            steps += target.stepCount();
            evidence += target.evidenceCount();
            scenarioTotal += target.scenarioCount();
        }
        Map<String, Finding> ruleDefinitions = new LinkedHashMap<>();
        json.writeArrayFieldStart("findings");
        for (int t = 0; t < n; t++) {
            int target = t;
            cited.get(t).forEachCited(finding -> {
                ruleDefinitions.putIfAbsent(finding.texts().ruleId(), finding.texts());
                unchecked(() -> finding(json, target, finding));
            });
        }
        json.writeEndArray();
        return ruleDefinitions;
    }

    private void finding(JsonGenerator json, int target, CitedFinding cited) throws IOException {
        Finding finding = cited.texts();
        json.writeStartArray();
        json.writeNumber(target);
        json.writeNumber(index(rules, finding.ruleId()));
        json.writeNumber(finding.engine().ordinal());
        json.writeNumber(finding.verdict().ordinal());
        json.writeNumber(finding.level().ordinal());
        json.writeNumber(cited.ownScenarioTitle()
                ? ownScenarioTitles.computeIfAbsent(finding.scenarioId() + "\n" + finding.scenarioTitle(),
                        k -> scenarioTotal + ownScenarioTitles.size())
                : scenarioBase[target] + cited.scenario());
        json.writeString(finding.expected());
        json.writeString(finding.actual());
        json.writeString(finding.reason());
        json.writeNumber(evidenceBase[target] + cited.evidence());
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
        for (CitedFindings target : cited) {
            target.forEachScenario((id, title) -> unchecked(() -> scenario(json, id, title)));
        }
        for (String key : ownScenarioTitles.keySet()) {
            int newline = key.indexOf('\n');
            scenario(json, key.substring(0, newline), key.substring(newline + 1));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        for (int t = 0; t < cited.size(); t++) {
            int target = t;
            cited.get(t).forEachEvidence(each -> unchecked(() -> evidence(json, target, each)));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exchanges");
        cited.forEach(target -> target.forEachExchange(exchange -> unchecked(() -> MAPPER.writeValue(json, exchange))));
        json.writeEndArray();
        json.writeArrayFieldStart("steps");
        cited.forEach(target -> target.forEachStep(step -> unchecked(() -> MAPPER.writeValue(json, step))));
        json.writeEndArray();
    }

    private static void scenario(JsonGenerator json, String id, String title) throws IOException {
        json.writeStartArray();
        json.writeString(id);
        json.writeString(title);
        json.writeEndArray();
    }

    private void evidence(JsonGenerator json, int target, EvidenceCitation each) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("exchanges");
        for (int x : each.exchanges()) {
            json.writeNumber(exchangeBase[target] + x);
        }
        json.writeEndArray();
        if (each.observation().isPresent()) {
            json.writeFieldName("observation");
            MAPPER.writeValue(json, each.observation().get());
        }
        json.writeArrayFieldStart("explanation");
        for (int step : each.steps()) {
            json.writeNumber(stepBase[target] + step);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A write inside a visitor, which cannot throw {@link IOException}: rethrown unchecked, unwrapped by {@link #of}. */
    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
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
