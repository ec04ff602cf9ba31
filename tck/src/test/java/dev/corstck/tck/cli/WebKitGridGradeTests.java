package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code grade --browsers webkit@grid:URL} through a real Selenium Grid 4.47.0 standalone that relays its
 * one WebKit slot to the Debian WebKitWebDriver (MiniBrowser under Xvfb), grading the embedded reference target:
 * every WebKit scenario agrees with the simulator, the verdicts are those of a local WebKit grade, and the Grid
 * created the sessions. A missing WebKitWebDriver, Xvfb or Grid jar fails the test.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class WebKitGridGradeTests {

    private static final String AGREEMENT = "kit.simulator-browser-agreement";

    @TempDir
    Path dir;

    @Test
    void aWebKitGridGradeAgreesEverywhereAndMatchesALocalWebKitGrade() throws Exception {
        try (LocalGrid grid = LocalGrid.webKitStandalone(dir, false);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun viaGrid = CliRun.of("grade", "--target", target.baseUrl(), "--browsers",
                    "webkit@grid:" + grid.url(), "--report", dir.resolve("grid").toString());
            CliRun local = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "webkit", "--report",
                    dir.resolve("local").toString());

            List<Finding> gridFindings = findings(dir.resolve("grid"));
            List<Finding> confirmations = gridFindings.stream().filter(f -> f.ruleId().equals(AGREEMENT)).toList();
            assertThat(confirmations).as("the Grid's WebKit confirmations").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                            .isEqualTo(Verdict.PASS))
                    .allSatisfy(f -> assertThat(f.engine().id()).isEqualTo("webkit"));
            assertThat(confirmations.stream().map(Finding::scenarioId))
                    .as("preflighted, credentialed and safelisted requests were confirmed")
                    .anyMatch(id -> id.endsWith(".put-json.omit")).anyMatch(id -> id.endsWith(".get.include"))
                    .anyMatch(id -> id.endsWith(".get.omit"));
            assertThat(Files.readString(dir.resolve("standalone.log"))).as("the Grid relayed the sessions")
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
