package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code grade --browsers grid:URL} through a Grid of a hub and two nodes (one session each): the kit opens
 * one session per free Chrome slot and runs its pages in them side by side, so both nodes take sessions (their
 * slots' {@code lastStarted} in the hub's {@code /status}, and each node's log), and every confirmation of the
 * embedded reference target (preflighted, credentialed and CORS-safelisted requests) agrees with the simulator.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class GridHubGradeTests {

    private static final String AGREEMENT = "kit.simulator-browser-agreement";

    @TempDir
    Path dir;

    @Test
    void aHubWithTwoNodesRunsSessionsOnBothAndAgreesEverywhere() throws Exception {
        try (LocalGrid grid = LocalGrid.hubAndNodes(dir, 2);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun run = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "grid:" + grid.url(),
                    "--report", dir.resolve("report").toString());

            List<Finding> findings = ReportJson.read(dir.resolve("report").resolve("report.json")).targets().get(0)
                    .findings();
            List<Finding> confirmations = findings.stream().filter(f -> f.ruleId().equals(AGREEMENT)).toList();
            assertThat(confirmations).as("the Grid's confirmations").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                            .isEqualTo(Verdict.PASS));
            assertThat(confirmations.stream().map(Finding::scenarioId))
                    .as("preflighted, credentialed and safelisted requests were confirmed")
                    .anyMatch(id -> id.endsWith(".put-json.omit")).anyMatch(id -> id.endsWith(".get.include"))
                    .anyMatch(id -> id.endsWith(".get.omit"));
            assertThat(grid.nodesThatStartedASession()).as("nodes whose slot started a session, per /status:\n%s",
                    grid.status()).hasSize(2);
            for (int node = 1; node <= 2; node++) {
                assertThat(Files.readString(dir.resolve("node" + node + ".log"))).as("node %d's log", node)
                        .contains("Session created by the Node");
            }
            assertThat(run.exit()).as(run.err()).isEqualTo(Main.CONFORMANT);
        }
    }
}
