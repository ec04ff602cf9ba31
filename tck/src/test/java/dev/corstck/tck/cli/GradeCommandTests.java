package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cors-tck grade}: exit codes, the report directory, and a bad policy file's problems with their lines. */
@Timeout(60)
class GradeCommandTests {

    static final String POLICY = """
            origin: [http://localhost:3000, http://127.0.0.1:3000, https://app.localhost]
            methods: [GET, POST, PUT, DELETE]
            allowedHeaders: [Content-Type, Authorization]
            exposedHeaders: [X-Request-Id]
            credentials: true
            maxAge: 600
            endpoints:
              - path: /api/data
                methods: [GET, POST]
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void invalidPolicyFileListsEveryProblemWithItsLineAndExitsTwo() throws IOException {
        Path policy = Files.writeString(dir.resolve("bad.yaml"), """
                origin: [http://localhost:3000/]
                credentials: maybe
                endpoints:
                  - path: api
                """);

        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--policy", policy.toString(), "--browsers", "none");

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("3 problem(s)", "bad.yaml:1:", "bad.yaml:2:", "bad.yaml:4:");
        assertThat(dir.resolve("cors-tck-report")).doesNotExist();
    }

    @Test
    void correctTargetIsConformantAndTheReportIsWritten() throws IOException {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun r = grade(target.baseUrl());

            assertThat(r.exit()).isEqualTo(Main.CONFORMANT);
            assertThat(r.out()).contains("conformant", "report:");
            assertThat(dir.resolve("report")).isDirectoryContaining("glob:**/report.json")
                    .isDirectoryContaining("glob:**/index.html").isDirectoryContaining("glob:**/junit.xml")
                    .isDirectoryContaining("glob:**/report.sarif");
        }
    }

    @Test
    void mistakenTargetsSarifHasOneResultPerRootCauseCountingItsFindings() throws IOException {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start()) {
            CliRun r = grade(target.baseUrl());
            assertThat(r.exit()).isEqualTo(Main.NON_CONFORMANT);

            JsonNode report = JSON.readTree(dir.resolve("report/report.json").toFile());
            JsonNode sarif = JSON.readTree(dir.resolve("report/report.sarif").toFile());
            Map<String, Integer> failsPerRule = new TreeMap<>();
            for (JsonNode finding : report.path("targets").path(0).path("findings")) {
                if (finding.path("verdict").asText().equals("FAIL")) {
                    failsPerRule.merge(finding.path("ruleId").asText(), 1, Integer::sum);
                }
            }
            JsonNode results = sarif.path("runs").path(0).path("results");

            // One mistake, trusting Origin: null with credentials, breaks three rules: one alert, counting them all.
            assertThat(failsPerRule).containsKey("security.null-origin-trusted-with-credentials").hasSize(3);
            assertThat(results).hasSize(1);
            JsonNode result = results.get(0);
            assertThat(result.path("ruleId").asText()).isEqualTo("null-origin-with-credentials");
            assertThat(result.path("level").asText()).isEqualTo("error");
            assertThat(result.path("properties").path("findingCount").asInt())
                    .isEqualTo(failsPerRule.values().stream().mapToInt(Integer::intValue).sum());
            java.util.Set<String> rules = new java.util.TreeSet<>();
            result.path("properties").path("rules").forEach(n -> rules.add(n.asText()));
            assertThat(rules).isEqualTo(failsPerRule.keySet());
            assertThat(report.path("targets").path(0).path("causes").path(0).path("id").asText())
                    .isEqualTo("null-origin-with-credentials");
        }
    }

    @Test
    void mistakenTargetExitsOne() throws IOException {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start()) {
            CliRun r = grade(target.baseUrl());

            assertThat(r.exit()).isEqualTo(Main.NON_CONFORMANT);
            assertThat(r.out()).contains("security.null-origin-trusted-with-credentials");
        }
    }

    @Test
    void unreachableTargetExitsThreeWithTheReason() throws IOException {
        CliRun r = grade("http://127.0.0.1:9");

        assertThat(r.exit()).isEqualTo(Main.KIT_ERROR);
        assertThat(r.out()).contains("inconclusive", "kit.target-reachable");
    }

    @Test
    void unknownBrowserIsAUsageError() {
        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--browsers", "netscape");

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unknown browser 'netscape'");
    }

    @Test
    void ruleGlobMatchingNoRuleIsAUsageErrorWithASuggestion() {
        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--browsers", "none", "--rules",
                "preflight.*,cors-check.acao-exakt", "--report", dir.resolve("report").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unknown rule ID 'cors-check.acao-exakt'", "did you mean 'cors-check.acao-exact'");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void reportDirectoryThatCannotBeWrittenIsAConfigurationError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--browsers", "none", "--report",
                file.resolve("report").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cors-tck grade: cannot write the report to ").contains("a-file");
    }

    @Test
    void helpSaysWhatEachExitCodeAndTheMainJobMean() {
        CliRun main = CliRun.of("--help");
        CliRun grade = CliRun.of("grade", "--help");

        assertThat(main.exit()).isZero();
        assertThat(main.out()).contains("With no command: the main job", "Exit codes:",
                "Never: its mistaken targets are meant to fail.", "  3   A target not judged as expected");
        assertThat(grade.out()).contains("Exit codes:", "  1   Non-conformant", "  3   The kit could not decide");
    }

    private CliRun grade(String target) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
        return CliRun.of("grade", "--target", target, "--policy", policy.toString(), "--browsers", "none", "--report",
                dir.resolve("report").toString(), "--timeout", "2s");
    }
}
