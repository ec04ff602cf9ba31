package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.hostile.HostileServer;
import dev.corstck.tck.policy.Endpoint;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-target suite (issue 15): raw-socket servers that hang, drip, reset, speak garbage, send heads or bodies
 * without end, redirect in loops, or carry injection payloads. Each grade ends in bounded time with a valid report
 * directory, and none exits 0: the kit could not decide (3), or, for the injection, its reports stay inert.
 */
@Timeout(120)
@Exercises("kit.target-reachable")
class HostileTargetTests {

    @TempDir
    Path dir;

    private record Outcome(Report report, int exit, long millis) {
    }

    private Outcome grade(GradeRequest request) throws Exception {
        long start = System.nanoTime();
        Report report = ReportedGrading.run(dir, List.of("test"), List.of(request), Grader.create(), false,
                new PrintStream(OutputStream.nullOutputStream()));
        Outcome outcome = new Outcome(report, ReportedGrading.exitCode(report), (System.nanoTime() - start) / 1_000_000);
        assertValidReportDirectory(dir);
        return outcome;
    }

    static void assertValidReportDirectory(Path dir) throws Exception {
        Report onDisk = ReportJson.read(dir.resolve("report.json"));
        assertThat(onDisk.schemaVersion()).isEqualTo(Report.SCHEMA_VERSION);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
        assertThat(dir.resolve("index.html")).isRegularFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static GradeRequest.Builder wire(String url) {
        return GradingFixtures.wireOnly(url).requestTimeout(Duration.ofSeconds(1)).runTimeout(Duration.ofSeconds(40))
                .parallelism(8);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileServer.Behaviour.class, names = {"HANG", "DRIP", "RESET", "GARBAGE", "HUGE_HEAD"})
    void aTargetThatGivesNoUsableResponseIsInconclusiveInBoundedTime(HostileServer.Behaviour behaviour)
            throws Exception {
        try (HostileServer server = new HostileServer(behaviour)) {
            Outcome o = grade(wire(server.url()).build());

            assertThat(o.exit()).as("exit code").isEqualTo(ReportedGrading.INCONCLUSIVE);
            assertThat(o.report().targets().get(0).findings()).isNotEmpty()
                    .noneMatch(f -> f.verdict() == Verdict.FAIL)
                    .anyMatch(f -> f.ruleId().equals(KitRules.TARGET_REACHABLE.id()) && f.verdict() == Verdict.ERROR);
            assertThat(o.millis()).as("wall ms").isLessThan(45_000);
        }
    }

    @Test
    void anInfiniteBodyIsCutAtTheBodyLimitAndTheGradeEnds() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.Behaviour.INFINITE_BODY)) {
            Outcome o = grade(wire(server.url()).build());

            assertThat(o.report().targets().get(0).findings()).isNotEmpty();
            assertThat(o.exit()).isNotEqualTo(ReportedGrading.CONFORMANT); // '*' where the policy wants credentials
            assertThat(o.millis()).isLessThan(45_000);
            assertThat(Files.size(dir.resolve("report.json"))).isLessThan(64L << 20);
        }
    }

    /** The case: without a policy, every path redirects to itself; it used to grade CONFORMANT. */
    @Test
    void aTargetThatRedirectsEveryPathToItselfIsNeverConformant() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.Behaviour.REDIRECT_SELF)) {
            GradeRequest request = GradeRequest.builder(server.url()).policy(new PolicySource.Undeclared(
                    List.of(Endpoint.get("/", CredentialsMode.OMIT)))).browsers(List.of())
                    .requestTimeout(Duration.ofSeconds(2)).build();

            Outcome o = grade(request);

            assertThat(o.exit()).isEqualTo(ReportedGrading.INCONCLUSIVE);
            assertThat(o.report().targets().get(0).findings()).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo(KitRules.TARGET_REACHABLE.id());
                assertThat(f.verdict()).isEqualTo(Verdict.ERROR);
                assertThat(f.actual()).contains("redirect to itself", "redirect loop");
            });
        }
    }

    @Test
    void aRedirectCycleThatBrowsersFollowIsInconclusiveToo() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.Behaviour.REDIRECT_CYCLE)) {
            GradeRequest request = GradeRequest.builder(server.url()).policy(new PolicySource.Undeclared(
                    List.of(Endpoint.get("/a", CredentialsMode.OMIT)))).browsers(List.of())
                    .requestTimeout(Duration.ofSeconds(2)).build();

            Outcome o = grade(request);

            // Its redirected preflights (wire-only scenarios) FAIL preflight.no-redirect, truthfully: exit 1 then.
            assertThat(o.exit()).isNotEqualTo(ReportedGrading.CONFORMANT);
            assertThat(o.report().targets().get(0).findings()).filteredOn(f -> f.verdict() == Verdict.ERROR)
                    .extracting(Finding::actual)
                    .anyMatch(a -> a.contains("requested before") && a.contains("redirect loop"));
        }
    }

    @Test
    void injectionPayloadsInEveryHeaderLeaveTheReportsInert() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.Behaviour.INJECTION)) {
            Outcome o = grade(wire(server.url()).build());

            assertThat(o.report().targets().get(0).findings()).isNotEmpty();
            String html = Files.readString(dir.resolve("index.html"));
            assertThat(html).doesNotContain(HostileServer.PAYLOAD).doesNotContain(HostileServer.ATTRIBUTE_PAYLOAD)
                    .doesNotContain("<img src=x");
            assertThat(Files.readString(dir.resolve("report.json"))).contains("cors-tck-xss"); // kept, as data
        }
    }
}
