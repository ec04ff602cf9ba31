package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.webkit.WebKitGridDriver;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code grade --browsers webkit@grid:URL} through a real Selenium Grid 4.47.0 standalone that relays its
 * one WebKit slot to the Debian WebKitWebDriver (MiniBrowser under Xvfb), grading the embedded reference target:
 * every WebKit scenario agrees with the simulator, the verdicts are those of a local WebKit grade, and the Grid
 * created the sessions; and two successive sessions share no cookie or stored item. A missing WebKitWebDriver, Xvfb
 * or Grid jar fails the test.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class WebKitGridGradeTests {

    private static final String AGREEMENT = "kit.simulator-browser-agreement";

    @TempDir
    static Path dir;
    private static LocalGrid grid;

    @BeforeAll
    static void startGrid() throws Exception {
        grid = LocalGrid.webKitStandalone(dir.resolve("grid"), false);
    }

    @AfterAll
    static void stopGrid() {
        grid.close();
    }

    @Test
    void successiveGridSessionsShareNoCookieOrStorage() throws Exception {
        // GIVEN the Grid's own /status page as a loopback origin, and a cookie and a stored item set in one session
        URI page = URI.create(grid.url() + "/status");
        String read = "Promise.resolve('cookie=' + document.cookie + ' item=' + localStorage.getItem('k'))";
        LaunchSpec spec = new LaunchSpec(Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"), List.of(),
                LaunchSpec.CookieMode.ENGINE_DEFAULT, Duration.ofSeconds(60), Duration.ofSeconds(20),
                Files.createDirectories(dir.resolve("spec")));
        try (WebKitGridDriver driver = WebKitGridDriver.remote(URI.create(grid.url()), spec)) {
            try (EngineSession first = driver.openSession()) {
                first.navigate(page, Duration.ofSeconds(20));
                first.evaluateAsync("Promise.resolve((document.cookie = 'a=1; max-age=600', "
                        + "localStorage.setItem('k', 'v'), 'set'))", Duration.ofSeconds(10));
                assertThat(first.evaluateAsync(read, Duration.ofSeconds(10))).isEqualTo("cookie=a=1 item=v");
            }

            // WHEN the next session opens the same page, THEN it sees neither
            try (EngineSession second = driver.openSession()) {
                second.navigate(page, Duration.ofSeconds(20));
                assertThat(second.evaluateAsync(read, Duration.ofSeconds(10))).isEqualTo("cookie= item=null");
            }
            assertThat(driver.browserVersion()).as("WebKitGTK's version, from the Grid's session").isNotEmpty();
        }
    }

    @Test
    void aWebKitGridGradeAgreesEverywhereAndMatchesALocalWebKitGrade() throws Exception {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun viaGrid = CliRun.of("grade", "--target", target.baseUrl(), "--browsers",
                    "webkit@grid:" + grid.url(), "--report", dir.resolve("via-grid").toString());
            CliRun local = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "webkit", "--report",
                    dir.resolve("local").toString());

            List<Finding> gridFindings = findings(dir.resolve("via-grid"));
            List<Finding> confirmations = gridFindings.stream().filter(f -> f.ruleId().equals(AGREEMENT)).toList();
            assertThat(confirmations).as("the Grid's WebKit confirmations").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                            .isEqualTo(Verdict.PASS))
                    .allSatisfy(f -> assertThat(f.engine().id()).isEqualTo("webkit"));
            assertThat(confirmations.stream().map(Finding::scenarioId))
                    .as("preflighted, credentialed and safelisted requests were confirmed")
                    .anyMatch(id -> id.endsWith(".put-json.omit")).anyMatch(id -> id.endsWith(".get.include"))
                    .anyMatch(id -> id.endsWith(".get.omit"));
            assertThat(Files.readString(dir.resolve("grid/standalone.log"))).as("the Grid relayed the sessions")
                    .contains("Session created");
            assertThat(verdicts(gridFindings)).isEqualTo(verdicts(findings(dir.resolve("local"))));
            assertThat(viaGrid.exit()).as(viaGrid.err()).isEqualTo(local.exit()).isEqualTo(Main.CONFORMANT);
        }
    }

    private static List<Finding> findings(Path report) throws IOException {
        return ReportJson.read(report.resolve("report.json")).targets().get(0).findings();
    }

    /** What the grade decided per rule, scenario and engine, without timings or driver details. */
    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.scenarioId() + " " + f.engine().id() + " "
                + f.verdict()).sorted().toList();
    }
}
