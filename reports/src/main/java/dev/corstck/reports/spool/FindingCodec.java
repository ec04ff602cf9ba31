package dev.corstck.reports.spool;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Observation;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One spooled finding as a JSON array: its texts (a rule or scenario title equal to its table's left out, as
 * {@code null}), its observation, and the numbers of what it cites.
 *
 * <p>{@code [ruleId, ruleTitle|null, level, specUrl|null, verdict, reason, scenarioId, scenarioTitle|null, engine,
 * expected, actual, remedy, observation|null, [exchange…], [step…], evidence, scenario]}
 */
final class FindingCodec {

    /** A decoded record: the finding without its exchanges and steps, and the numbers it cites. */
    record Decoded(Finding texts, int[] exchanges, int[] steps, int evidence, int scenario, boolean ownRuleTitle,
            boolean ownSpecUrl, boolean ownScenarioTitle) {
    }

    /** Where a decoded record's left-out texts come from. */
    interface Tables {
        String ruleTitle(String ruleId);

        String specUrl(String ruleId);

        String scenarioTitle(int scenario);
    }

    private final ObjectMapper mapper;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    FindingCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Encode {@code finding}; not thread-safe (one buffer), the spool calls it under its lock. */
    byte[] encode(Finding f, int[] exchanges, int[] steps, int evidence, int scenario, boolean ownRuleTitle,
            boolean ownSpecUrl, boolean ownScenarioTitle) throws IOException {
        buffer.reset();
        try (JsonGenerator json = mapper.getFactory().createGenerator(buffer)) {
            json.writeStartArray();
            json.writeString(f.ruleId());
            nullable(json, ownRuleTitle, f.ruleTitle());
            json.writeString(f.level().name());
            nullable(json, ownSpecUrl, f.specUrl());
            json.writeString(f.verdict().name());
            json.writeString(f.reason());
            json.writeString(f.scenarioId());
            nullable(json, ownScenarioTitle, f.scenarioTitle());
            json.writeString(f.engine().name());
            json.writeString(f.expected());
            json.writeString(f.actual());
            json.writeString(f.remedy());
            if (f.evidence().observation().isPresent()) {
                mapper.writeValue(json, f.evidence().observation().get());
            } else {
                json.writeNull();
            }
            json.writeArray(exchanges, 0, exchanges.length);
            json.writeArray(steps, 0, steps.length);
            json.writeNumber(evidence);
            json.writeNumber(scenario);
            json.writeEndArray();
        }
        return buffer.toByteArray();
    }

    private static void nullable(JsonGenerator json, boolean own, String text) throws IOException {
        if (own) {
            json.writeString(text);
        } else {
            json.writeNull();
        }
    }

    /** Decode the record at the parser's next token (the start of its array). */
    Decoded decode(JsonParser json, Tables tables) throws IOException {
        expect(json.nextToken(), JsonToken.START_ARRAY);
        String ruleId = text(json);
        String ruleTitle = text(json);
        Level level = Level.valueOf(text(json));
        String specUrl = text(json);
        Verdict verdict = Verdict.valueOf(text(json));
        String reason = text(json);
        String scenarioId = text(json);
        String scenarioTitle = text(json);
        Engine engine = Engine.valueOf(text(json));
        String expected = text(json);
        String actual = text(json);
        String remedy = text(json);
        Optional<Observation> observation = json.nextToken() == JsonToken.VALUE_NULL ? Optional.empty()
                : Optional.of(mapper.readValue(json, Observation.class));
        int[] exchanges = ints(json);
        int[] steps = ints(json);
        expect(json.nextToken(), JsonToken.VALUE_NUMBER_INT);
        int evidence = json.getIntValue();
        expect(json.nextToken(), JsonToken.VALUE_NUMBER_INT);
        int scenario = json.getIntValue();
        expect(json.nextToken(), JsonToken.END_ARRAY);
        Finding texts = new Finding(ruleId, ruleTitle == null ? tables.ruleTitle(ruleId) : ruleTitle, level,
                specUrl == null ? tables.specUrl(ruleId) : specUrl, verdict, reason, scenarioId,
                scenarioTitle == null ? tables.scenarioTitle(scenario) : scenarioTitle, engine, expected, actual,
                new Evidence(List.of(), observation, List.of()), remedy);
        return new Decoded(texts, exchanges, steps, evidence, scenario, ruleTitle != null, specUrl != null,
                scenarioTitle != null);
    }

    private static String text(JsonParser json) throws IOException {
        JsonToken token = json.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token, JsonToken.VALUE_STRING);
        return json.getText();
    }

    private static int[] ints(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.START_ARRAY);
        int[] values = new int[8];
        int n = 0;
        while (json.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = json.getIntValue();
        }
        return Arrays.copyOf(values, n);
    }

    private static void expect(JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new IOException("the report spool is damaged: " + wanted + " expected, " + token + " found");
        }
    }
}
