package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.tck.discovery.PerRouteJetty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code discover} then {@code grade} on a real server configured per route: the printed policy, per-endpoint
 * {@code cors} included, describes the server, so grading the server against it finds nothing wrong.
 */
@Timeout(180)
class DiscoverPerRouteCommandTests {

    @Test
    void thePrintedPolicyGradesThePerRouteServerWithoutFail(@TempDir Path dir) throws Exception {
        try (PerRouteJetty jetty = PerRouteJetty.start()) {
            Path yaml = dir.resolve("policy.yaml");
            CliRun discover = CliRun.of("discover", "--target", jetty.baseUrl(), "--path", PerRouteJetty.ITEMS,
                    "--path", PerRouteJetty.PUBLIC, "--path", PerRouteJetty.ORDERS, "--origin", PerRouteJetty.FRONT_END,
                    "-o", yaml.toString());
            assertThat(discover.exit()).as(discover.err()).isZero();
            System.out.println(discover.err());
            CliRun grade = CliRun.of("grade", "--target", jetty.baseUrl(), "--policy", yaml.toString(), "--browsers",
                    "none", "--report", dir.resolve("report").toString());
            System.out.println(grade.out());
            JsonNode report = new ObjectMapper().readTree(dir.resolve("report").resolve("report.json").toFile());
            List<String> fails = new ArrayList<>();
            report.findParents("verdict").forEach(f -> {
                if (f.get("verdict").asText().equals("FAIL")) {
                    fails.add(f.path("ruleId").asText() + " " + f.path("scenarioId").asText() + ": "
                            + f.path("expected").asText() + " / " + f.path("actual").asText());
                }
            });
            assertThat(fails).as(Files.readString(yaml)).isEmpty();
            assertThat(grade.exit()).as(grade.out()).isZero();
        }
    }
}
