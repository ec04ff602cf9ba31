package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code grade --browsers grid:URL} in a real Selenium Grid 4.47.0 standalone, forked on a free loopback
 * port with the Debian chromedriver, grading the embedded reference target: every scenario agrees with the simulator
 * and the verdicts are those of a local Chromium grade. Grid's jars come from {@code tools/grid/pom.xml} (see its
 * comment); a missing jar directory or chromedriver fails the test.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class GridGradeTests {

    private static final Path GRID_LIB = Path.of("..", "tools", "grid", "target", "lib");
    private static final String AGREEMENT = "kit.simulator-browser-agreement";

    @TempDir
    Path dir;

    @Test
    void aGridGradeAgreesEverywhereAndMatchesALocalChromiumGrade() throws Exception {
        assertThat(GRID_LIB.resolve("selenium-grid-4.47.0.jar")).as("run: mvn -f tools/grid/pom.xml "
                + "dependency:copy-dependencies -DoutputDirectory=target/lib").exists();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process grid = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", GRID_LIB.toAbsolutePath() + "/*", "org.openqa.selenium.grid.Bootstrap",
                "standalone", "--host", "127.0.0.1", "--port", Integer.toString(port), "--selenium-manager", "false",
                "--max-sessions", "1").redirectErrorStream(true)
                .redirectOutput(dir.resolve("grid.log").toFile()).start();
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            String url = "http://127.0.0.1:" + port;
            awaitReady(url, grid);

            CliRun viaGrid = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "grid:" + url,
                    "--report", dir.resolve("grid").toString());
            CliRun local = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "chromium", "--report",
                    dir.resolve("local").toString());

            List<Finding> gridFindings = findings(dir.resolve("grid"));
            List<Finding> confirmations = gridFindings.stream().filter(f -> f.ruleId().equals(AGREEMENT)).toList();
            assertThat(confirmations).as("the Grid's confirmations").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                            .isEqualTo(Verdict.PASS));
            assertThat(log()).as("the Grid ran the sessions").contains("Session created");
            assertThat(verdicts(gridFindings)).isEqualTo(verdicts(findings(dir.resolve("local"))));
            assertThat(viaGrid.exit()).as(viaGrid.err()).isEqualTo(local.exit()).isEqualTo(Main.CONFORMANT);
        } finally {
            grid.destroy(); // by the Process handle (its PID), not by name
            if (!grid.waitFor(20, TimeUnit.SECONDS)) {
                grid.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static List<Finding> findings(Path report) throws IOException {
        Report r = ReportJson.read(report.resolve("report.json"));
        return r.targets().get(0).findings();
    }

    /** What the grade decided per rule, scenario and engine, without timings or driver details. */
    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.scenarioId() + " " + f.engine().id() + " "
                + f.verdict()).sorted().toList();
    }

    private void awaitReady(String url, Process grid) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(grid.isAlive()).as(() -> "the Grid exited: " + log()).isTrue();
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create(url + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (body.replace(" ", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the Grid was not ready in 90 s: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("grid.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
