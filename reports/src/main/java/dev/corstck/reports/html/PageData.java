package dev.corstck.reports.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.json.UncheckedWrite;
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

    /** The report's mapper: the model's serializers, already made for report.json, are made once. */
    private static final ObjectMapper MAPPER = ReportJson.mapper();

    /**
     * The most findings the page embeds: {@value}, or the system property {@value #PAGE_FINDINGS_PROPERTY}. Past
     * it the page keeps every finding that is not PASS and the first PASS findings up to the limit, and says how
     * many it left out (report.json and junit.xml hold them all; the counts and matrices above count them all): a
     * page of millions of findings would be gigabytes no browser opens.
     */
    static final int DEFAULT_PAGE_FINDINGS = 200_000;

    /** The system property that sets the page's limit. */
    static final String PAGE_FINDINGS_PROPERTY = "cors.tck.report.page-findings";

    private final Map<String, Integer> rules = new LinkedHashMap<>();
    /** Scenarios whose finding gives them a title of its own: numbered after every target's scenario table. */
    private final Map<String, Integer> ownScenarioTitles = new LinkedHashMap<>();
    private final List<CitedFindings> cited = new ArrayList<>();
    private final List<Selection> selections = new ArrayList<>();
    /** Per target, where its entries start in the page's exchange, step, evidence and scenario tables. */
    private int[] exchangeBase;
    private int[] stepBase;
    private int[] evidenceBase;
    private int[] scenarioBase;
    private int scenarioTotal;
    private long omitted;

    private PageData() {
    }

    /**
     * Encode {@code report} as script-safe JSON, written when the page is rendered: straight into the page, never
     * held whole (at 240,000 findings it is over 100 MB).
     */
    static ScriptJson of(Report report) {
        return new ScriptJson(out -> {
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
                json.setCharacterEscapes(ScriptJson.ESCAPES);
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
     * target's tables follow one another in the page's (a value two targets share is listed for each), holding only
     * what the embedded findings cite, in table order (all of it when every finding is embedded).
     */
    private Map<String, Finding> findings(Report report, JsonGenerator json) throws IOException {
        int n = report.targets().size();
        long notPassing = report.targets().stream().mapToLong(t -> t.summary().total()
                - t.summary().count(Verdict.PASS)).sum();
        long[] passesLeft = {Math.max(0, Integer.getInteger(PAGE_FINDINGS_PROPERTY, DEFAULT_PAGE_FINDINGS)
                - notPassing)};
        exchangeBase = new int[n];
        stepBase = new int[n];
        evidenceBase = new int[n];
        scenarioBase = new int[n];
        int exchanges = 0;
        int steps = 0;
        int evidence = 0;
        for (int t = 0; t < n; t++) {
            CitedFindings target = report.targets().get(t).citations();
            Selection selection = Selection.of(target, passesLeft);
            cited.add(target);
            selections.add(selection);
            omitted += target.size() - selection.findings.cardinality();
            exchangeBase[t] = exchanges;
            stepBase[t] = steps;
            evidenceBase[t] = evidence;
            scenarioBase[t] = scenarioTotal;
            exchanges += selection.exchanges.count;
            steps += selection.steps.count;
            evidence += selection.evidence.count;
            scenarioTotal += selection.scenarios.count;
        }
        Map<String, Finding> ruleDefinitions = new LinkedHashMap<>();
        json.writeArrayFieldStart("findings");
        for (int t = 0; t < n; t++) {
            int target = t;
            Selection selection = selections.get(t);
            int[] ordinal = {0};
            cited.get(t).forEachCited(finding -> {
                ruleDefinitions.putIfAbsent(finding.texts().ruleId(), finding.texts());
                if (selection.findings.get(ordinal[0]++)) {
                    UncheckedWrite.run(() -> finding(json, target, finding));
                }
            });
        }
        json.writeEndArray();
        if (omitted > 0) {
            json.writeNumberField("omitted", omitted);
        }
        return ruleDefinitions;
    }

    /**
     * Which of one target's findings the page embeds, and the numbers of what they cite in the page's tables: every
     * finding that is not PASS, and PASS findings while the page's budget lasts.
     */
    private static final class Selection {
        final java.util.BitSet findings = new java.util.BitSet();
        final Renumbering evidence;
        final Renumbering exchanges;
        final Renumbering steps;
        final Renumbering scenarios;

        private Selection(CitedFindings target) {
            evidence = new Renumbering(target.evidenceCount());
            exchanges = new Renumbering(target.exchangeCount());
            steps = new Renumbering(target.stepCount());
            scenarios = new Renumbering(target.scenarioCount());
        }

        static Selection of(CitedFindings target, long[] passesLeft) {
            Selection selection = new Selection(target);
            int[] ordinal = {0};
            target.forEachCited(f -> {
                int i = ordinal[0]++;
                if (f.texts().verdict() != Verdict.PASS || passesLeft[0]-- > 0) {
                    selection.findings.set(i);
                    selection.evidence.mark(f.evidence());
                    if (!f.ownScenarioTitle()) {
                        selection.scenarios.mark(f.scenario());
                    }
                }
            });
            passesLeft[0] = Math.max(0, passesLeft[0]);
            int[] number = {0};
            target.forEachEvidence(e -> {
                if (selection.evidence.marked(number[0]++)) {
                    for (int x : e.exchanges()) {
                        selection.exchanges.mark(x);
                    }
                    for (int s : e.steps()) {
                        selection.steps.mark(s);
                    }
                }
            });
            selection.evidence.number();
            selection.exchanges.number();
            selection.steps.number();
            selection.scenarios.number();
            return selection;
        }
    }

    /** The entries of one table that are cited, numbered again from 0 in table order. */
    private static final class Renumbering {
        private final java.util.BitSet cited = new java.util.BitSet();
        private final int[] numbers;
        int count;

        Renumbering(int size) {
            numbers = new int[size];
        }

        void mark(int entry) {
            cited.set(entry);
        }

        boolean marked(int entry) {
            return cited.get(entry);
        }

        void number() {
            for (int i = cited.nextSetBit(0); i >= 0; i = cited.nextSetBit(i + 1)) {
                numbers[i] = count++;
            }
        }

        int of(int entry) {
            return numbers[entry];
        }
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
                : scenarioBase[target] + selections.get(target).scenarios.of(cited.scenario()));
        json.writeString(finding.expected());
        json.writeString(finding.actual());
        json.writeString(finding.reason());
        json.writeNumber(evidenceBase[target] + selections.get(target).evidence.of(cited.evidence()));
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
        for (int t = 0; t < cited.size(); t++) {
            Renumbering chosen = selections.get(t).scenarios;
            int[] number = {0};
            cited.get(t).forEachScenario((id, title) -> {
                if (chosen.marked(number[0]++)) {
                    UncheckedWrite.run(() -> scenario(json, id, title));
                }
            });
        }
        for (String key : ownScenarioTitles.keySet()) {
            int newline = key.indexOf('\n');
            scenario(json, key.substring(0, newline), key.substring(newline + 1));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        for (int t = 0; t < cited.size(); t++) {
            int target = t;
            cited.get(t).forEachEvidence(chosen(selections.get(t).evidence, each -> evidence(json, target, each)));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exchanges");
        for (int t = 0; t < cited.size(); t++) {
            cited.get(t).forEachExchange(chosen(selections.get(t).exchanges, x -> MAPPER.writeValue(json, x)));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("steps");
        for (int t = 0; t < cited.size(); t++) {
            cited.get(t).forEachStep(chosen(selections.get(t).steps, step -> MAPPER.writeValue(json, step)));
        }
        json.writeEndArray();
    }

    /** A visitor of a table's entries in order that writes the ones {@code chosen} marks. */
    private static <T> java.util.function.Consumer<T> chosen(Renumbering chosen, Write<T> write) {
        int[] number = {0};
        return entry -> {
            if (chosen.marked(number[0]++)) {
                UncheckedWrite.run(() -> write.write(entry));
            }
        };
    }

    @FunctionalInterface
    private interface Write<T> {
        void write(T entry) throws IOException;
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
            json.writeNumber(exchangeBase[target] + selections.get(target).exchanges.of(x));
        }
        json.writeEndArray();
        if (each.observation().isPresent()) {
            json.writeFieldName("observation");
            MAPPER.writeValue(json, each.observation().get());
        }
        json.writeArrayFieldStart("explanation");
        for (int step : each.steps()) {
            json.writeNumber(stepBase[target] + selections.get(target).steps.of(step));
        }
        json.writeEndArray();
        json.writeEndObject();
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
