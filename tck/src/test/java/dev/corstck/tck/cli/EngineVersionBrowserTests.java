package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** report.json names the browser build that gave the observations: known once Chromium has started. */
@EnabledOnOs(OS.LINUX)
@Timeout(180)
class EngineVersionBrowserTests {

    @TempDir
    Path dir;

    @Test
    void chromiumGradeRecordsTheBrowserVersion() throws Exception {
        Path report = dir.resolve("report");
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun r = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "chromium", "--path",
                    "/api/data", "--report", report.toString(), "--quiet");

            assertThat(r.exit()).as(r.err()).isEqualTo(Main.CONFORMANT);
        }
        JsonNode engines = new ObjectMapper().readTree(report.resolve("report.json").toFile()).path("run")
                .path("engines");
        JsonNode chromium = null;
        for (JsonNode e : engines) {
            if (e.path("engine").asText().equalsIgnoreCase("chromium")) {
                chromium = e;
            }
        }
        assertThat(chromium).as("run.engines: " + engines).isNotNull();
        assertThat(chromium.path("version").asText()).matches(".*\\d+\\.\\d+.*");
    }
}
