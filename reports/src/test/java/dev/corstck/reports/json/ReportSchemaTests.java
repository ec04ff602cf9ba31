package dev.corstck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Report;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validate what the writer produces against the published JSON Schema, so the two never drift apart. */
class ReportSchemaTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("single target with browsers", SampleReports.report(200)),
                Arguments.of("several targets", SampleReports.comparison(List.of("A", "B", "C"), 60)),
                Arguments.of("hostile values", SampleReports.hostile(10)),
                Arguments.of("empty incomplete run", Report.of(SampleReports.run(false), List.of())),
                Arguments.of("root causes", withCause(SampleReports.report(50))));
    }

    /** The report with its FAIL findings grouped into one root cause, as the kit writes them. */
    static Report withCause(Report plain) {
        var target = plain.targets().get(0);
        var failing = target.findings().stream()
                .filter(f -> f.verdict() == dev.corstck.reports.model.Verdict.FAIL).toList();
        var cause = dev.corstck.reports.cause.RootCauses.of("any-origin-with-credentials", "Every Origin is "
                + "reflected with credentials", failing, failing.get(0), "list the origins", "", target.target());
        return Report.of(plain.run(), List.of(target.withCauses(List.of(cause))));
    }

    @org.junit.jupiter.api.Test
    void rootCausesSurviveAReadBack() throws Exception {
        Report report = withCause(SampleReports.report(50));

        Report read = ReportJson.read(new java.io.ByteArrayInputStream(ReportJson.toJson(report)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");

        assertThat(read.targets().get(0).causes()).isEqualTo(report.targets().get(0).causes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void writtenReportsAreValid(String name, Report report) throws Exception {
        assertThat(schema.validate(JSON.readTree(ReportJson.toJson(report)))).isEmpty();
    }

    @Test
    void theVersion1FixtureIsValidUnderTheVersion1Schema() throws Exception {
        Schema v1;
        try (InputStream in = ReportJson.class.getResourceAsStream("report-1.schema.json")) {
            v1 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        JsonNode fixture = JSON.readTree(SharedEvidenceTests.fixture());

        assertThat(v1.validate(fixture)).isEmpty();
        // Schema 2 tells the layouts apart: a finding of schema 1 holds its exchanges, not indexes into a table.
        assertThat(schema.validate(fixture)).isNotEmpty();
    }

    @Test
    void evidenceCitesExchangesByIndex() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(ReportJson.toJson(SampleReports.report(3)));
        JsonNode target = json.path("targets").path(0);
        ((ObjectNode) target.path("findings").path(0).path("evidence"))
                .set("exchanges", JSON.createArrayNode().add(target.path("exchanges").path(0)));

        assertThat(schema.validate(json)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/targets/0/findings/0/evidence/exchanges/0");
    }

    @Test
    void schemaRejectsAnUndocumentedField() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(ReportJson.toJson(SampleReports.report(3)));
        json.put("surprise", 1);

        assertThat(schema.validate(json)).extracting(Error::getMessage).anyMatch(m -> m.contains("surprise"));
    }

    @Test
    void schemaRejectsASkippedFindingWithoutReason() throws Exception {
        JsonNode json = JSON.readTree(ReportJson.toJson(SampleReports.report(3)));
        ObjectNode finding = (ObjectNode) json.path("targets").path(0).path("findings").path(0);
        finding.put("verdict", "SKIPPED").put("reason", "");

        // Only the reason's pattern may fail: any other schema error would make this test pass for the wrong cause.
        assertThat(schema.validate(json)).singleElement().satisfies(error -> {
            assertThat(error.getKeyword()).isEqualTo("pattern");
            assertThat(error.getInstanceLocation().toString()).isEqualTo("/targets/0/findings/0/reason");
        });
        finding.put("reason", "disabled by the grading policy");
        assertThat(schema.validate(json)).isEmpty();
    }
}
