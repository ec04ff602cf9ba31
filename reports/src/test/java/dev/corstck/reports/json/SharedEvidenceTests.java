package dev.corstck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Body;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExchangeKind;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.model.WireRequest;
import dev.corstck.reports.model.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Schema 2 writes each exchange once per target and loses nothing; schema 1 files still read. */
class SharedEvidenceTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFindingGetsBackEveryExchangeItHad() throws Exception {
        Report report = sharedAndOdd();

        Report back = roundTrip(report);

        assertThat(back).isEqualTo(report);
        for (int t = 0; t < report.targets().size(); t++) {
            List<Finding> written = report.targets().get(t).findings();
            List<Finding> read = back.targets().get(t).findings();
            for (int f = 0; f < written.size(); f++) {
                assertThat(read.get(f).evidence().exchanges()).as("finding %d of target %d", f, t)
                        .containsExactlyElementsOf(written.get(f).evidence().exchanges());
                assertThat(read.get(f).evidence()).isEqualTo(written.get(f).evidence());
            }
        }
    }

    @Test
    void equalExchangesAreWrittenOncePerTarget() throws Exception {
        Report report = sharedAndOdd();
        Set<Exchange> distinct = new HashSet<>();
        report.targets().get(0).findings().forEach(f -> distinct.addAll(f.evidence().exchanges()));

        JsonNode target = JSON.readTree(write(report)).path("targets").path(0);

        assertThat(target.path("exchanges")).hasSize(distinct.size());
        assertThat(target.path("findings").path(0).path("evidence").path("exchanges").get(0).isInt()).isTrue();
        // Sixty findings cite the same preflight: its request is written once in the whole file.
        String json = write(report);
        assertThat(json.split("\"url\":\"http://127.0.0.1:8080/api/items/shared\\?p\"", -1)).hasSize(2);
    }

    @Test
    void aReasonPhraseAndTextsThatDifferFromTheTableAreKeptExactly() throws Exception {
        Report back = roundTrip(sharedAndOdd());

        Finding odd = back.targets().get(0).findings().get(back.targets().get(0).findings().size() - 1);
        assertThat(odd.ruleTitle()).isEqualTo("a second title for the same rule");
        assertThat(odd.scenarioTitle()).isEqualTo("the same scenario, titled otherwise");
        assertThat(odd.evidence().exchanges().get(0).response().orElseThrow().reasonPhrase())
                .isEqualTo("Okay  then ");
    }

    @Test
    void aVersion1FileIsReadWithEveryExchangeOfEveryFinding() throws Exception {
        byte[] v1 = fixture();
        JsonNode tree = JSON.readTree(v1);

        Report report = ReportJson.read(new ByteArrayInputStream(v1), "report-v1.json");

        assertThat(report.schemaVersion()).isEqualTo("1.1");
        assertThat(report.targets()).hasSize(2);
        int findings = 0;
        for (int t = 0; t < 2; t++) {
            JsonNode nodes = tree.path("targets").path(t).path("findings");
            List<Finding> read = report.targets().get(t).findings();
            assertThat(read).hasSize(nodes.size());
            for (int f = 0; f < nodes.size(); f++) {
                JsonNode exchanges = nodes.path(f).path("evidence").path("exchanges");
                assertThat(read.get(f).evidence().exchanges()).hasSize(exchanges.size());
                for (int x = 0; x < exchanges.size(); x++) {
                    Exchange exchange = read.get(f).evidence().exchanges().get(x);
                    assertThat(exchange.request().url()).isEqualTo(exchanges.path(x).path("request").path("url")
                            .asText());
                    assertThat(exchange.curl()).isEqualTo(exchanges.path(x).path("curl").asText());
                }
                findings++;
            }
        }
        assertThat(findings).isEqualTo(12);
        assertThat(report.targets().get(1).findings()).anyMatch(f -> f.verdict() == Verdict.FAIL);
    }

    @Test
    void aVersion1FileRewrittenAsVersion2ReadsBackEqual() throws Exception {
        Report v1 = ReportJson.read(new ByteArrayInputStream(fixture()), "report-v1.json");
        Report asCurrent = Report.of(v1.run(), v1.targets());

        Report back = roundTrip(asCurrent);

        assertThat(back).isEqualTo(asCurrent);
        assertThat(JSON.readTree(write(asCurrent)).path("schemaVersion").asText()).isEqualTo("2.0");
    }

    @Test
    void anIndexOutsideTheTableIsRefusedWithTheFinding() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(write(SampleReports.report(3)));
        ((ArrayNode) tree.path("targets").path(0).path("findings").path(1).path("evidence").path("exchanges"))
                .set(0, 99);

        assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), "bad.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("bad.json: http://127.0.0.1:8080 finding 1: evidence.exchanges cites 99");
    }

    /**
     * Sixty findings over one preflight (the same object) and equal but distinct actual exchanges, plus a finding
     * whose rule and scenario texts differ from the first of theirs and whose response has an odd reason phrase.
     */
    private static Report sharedAndOdd() {
        String url = "http://127.0.0.1:8080";
        Exchange preflight = Exchange.of(ExchangeKind.PREFLIGHT, WireRequest.of("OPTIONS", url
                + "/api/items/shared?p", List.of(new Header("Origin", "https://app.localhost")), Body.EMPTY),
                new WireResponse(204, "No Content", List.of(new Header("Vary", "Origin"), new Header("Vary", "X")),
                        Body.EMPTY));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Exchange actual = Exchange.of(ExchangeKind.ACTUAL, WireRequest.of("PUT", url + "/api/items/" + (i % 3),
                    List.of(new Header("Origin", "https://app.localhost")), Body.ofText("{}")),
                    new WireResponse(200, "OK", List.of(new Header("Access-Control-Allow-Origin", "*")),
                            Body.ofText("{\"ok\":true}")));
            Evidence evidence = Evidence.of(List.of(preflight, actual), List.of(
                    ExplanationStep.fetch("a preflight is made", "cors-preflight-fetch"),
                    ExplanationStep.fetch("step " + (i % 4), "cors-check")));
            Engine engine = i % 2 == 0 ? Engine.WIRE : Engine.CHROMIUM;
            if (engine.isBrowser()) {
                evidence = SampleReports.finding(SampleReports.RULES.get(0), engine, "s0", Verdict.PASS)
                        .evidence().observation().map(evidence::withObservation).orElse(evidence);
            }
            findings.add(Finding.builder().rule("cors-check.rule-" + (i % 5), "Rule " + (i % 5), Level.MUST,
                            "https://fetch.spec.whatwg.org/#cors-check")
                    .scenario("s" + (i % 7), "scenario " + (i % 7)).engine(engine)
                    .verdict(i % 9 == 0 ? Verdict.FAIL : Verdict.PASS)
                    .expectedActual("one line", "line " + i).evidence(evidence).build());
        }
        Exchange odd = Exchange.of(ExchangeKind.ACTUAL, WireRequest.of("GET", url + "/odd", List.of(), Body.EMPTY),
                new WireResponse(200, "Okay  then ", List.of(), Body.EMPTY));
        findings.add(Finding.builder().rule("cors-check.rule-1", "a second title for the same rule", Level.SHOULD,
                        "https://fetch.spec.whatwg.org/#other")
                .scenario("s1", "the same scenario, titled otherwise").engine(Engine.SIMULATOR)
                .verdict(Verdict.SKIPPED).reason("not applicable here")
                .expectedActual("x", "y").evidence(Evidence.of(List.of(odd), List.of())).build());
        TargetReport first = new TargetReport(url, "shared", "origin: '*'\n", true, findings, List.of());
        TargetReport second = SampleReports.target("http://127.0.0.1:8081", "second", 40, 3);
        return Report.of(SampleReports.run(true), List.of(first, second));
    }

    private static Report roundTrip(Report report) throws Exception {
        return ReportJson.read(new ByteArrayInputStream(write(report).getBytes(StandardCharsets.UTF_8)), "memory");
    }

    private static String write(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] fixture() throws Exception {
        try (InputStream in = SharedEvidenceTests.class.getResourceAsStream("report-v1.json")) {
            return in.readAllBytes();
        }
    }
}
