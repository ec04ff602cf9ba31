package dev.corstck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportJsonTests {

    @Test
    void reportSurvivesRoundTripUnchanged() throws Exception {
        Report report = SampleReports.comparison(java.util.List.of("Express cors", "Spring"), 200);

        Report back = ReportJson.read(new ByteArrayInputStream(ReportJson.toJson(report)
                .getBytes(StandardCharsets.UTF_8)), "memory");

        assertThat(back).isEqualTo(report);
    }

    @Test
    void jsonCarriesTheFixedFieldNames() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportJson.toJson(SampleReports.report(60)));

        assertThat(root.path("schemaVersion").asText()).isEqualTo("2.0");
        JsonNode target = root.path("targets").path(0);
        assertThat(target.path("target").asText()).isEqualTo("http://127.0.0.1:8080");
        assertThat(target.path("summary").path("byVerdict").path("PASS").isInt()).isTrue();
        assertThat(target.path("agreement").path(1).path("scenarios").asInt()).isEqualTo(40);
        assertThat(target.path("agreement").path(1).path("agreed").asInt()).isEqualTo(39);
        JsonNode finding = target.path("findings").path(40);
        assertThat(finding.fieldNames()).toIterable().contains("ruleId", "level", "verdict", "scenarioId",
                "engine", "expected", "actual", "evidence");
        assertThat(finding.path("engine").asText()).isEqualTo("chromium");
        JsonNode preflight = target.path("exchanges").path(finding.path("evidence").path("exchanges").path(0).asInt());
        assertThat(preflight.path("kind").asText()).isEqualTo("PREFLIGHT");
        assertThat(preflight.path("curl").asText()).startsWith("curl ");
        assertThat(finding.path("evidence").path("observation").path("consoleMessages").path(0).asText())
                .contains("blocked by CORS policy");
    }

    @Test
    void otherSchemaMajorIsRefusedWithClearMessage() {
        String json = "{\"schemaVersion\":\"3.0\",\"run\":{},\"targets\":[]}";

        assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "new.json")).isInstanceOf(ReportFormatException.class)
                .hasMessage("new.json: schemaVersion 3.0 is not readable by this version, which reads 1.x and 2.x");
    }

    @Test
    void notJsonIsRefusedWithClearMessage() {
        assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)),
                "index.html")).isInstanceOf(ReportFormatException.class).hasMessageStartingWith("index.html: not JSON");
    }

    @Test
    void laterMinorVersionWithUnknownFieldsIsRead() throws Exception {
        String json = ReportJson.toJson(SampleReports.report(3))
                .replace("\"schemaVersion\" : \"2.0\"", "\"schemaVersion\" : \"2.7\", \"futureField\" : 1");

        Report back = ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "new.json");

        assertThat(back.schemaVersion()).isEqualTo("2.7");
        assertThat(back.findingCount()).isEqualTo(3);
    }
}
