package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.cli.LocalGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Issue 16: the JUnit engine's {@code cors.tck.browsers=grid:URL,webkit@grid:URL} grades the class in Chrome and in
 * WebKit on one Grid standalone (a Chrome slot, and a WebKit slot relayed to WebKitWebDriver): {@code chromium ran}
 * and {@code webkit ran} pass with browsers required, nothing fails, every test ends as with the local Chromium and
 * WebKit, and the Grid created the sessions of both.
 */
@Timeout(300)
@EnabledOnOs(OS.LINUX)
class GridEngineTests {

    @TempDir
    Path dir;

    @Test
    void corsTckBrowsersOnAGridRunsTheClassInItsChromeAndWebKit() throws Exception {
        try (LocalGrid grid = LocalGrid.webKitStandalone(dir.resolve("grid"), true);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            EngineExecutionResults results = grade(target, "grid:" + grid.url() + ",webkit@grid:" + grid.url(),
                    "grid");

            assertThat(results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                    .contains("chromium ran", "webkit ran");
            results.testEvents().assertStatistics(s -> s.failed(0).aborted(0));
            assertThat(outcomes(results)).as("every test ends as with the local browsers")
                    .isEqualTo(outcomes(grade(target, "chromium,webkit", "local")));
            assertThat(Files.readAllLines(dir.resolve("grid/standalone.log")))
                    .as("the Grid created the sessions of both browsers")
                    .anyMatch(l -> l.contains("Session created by the Node") && l.contains("browserName=chrome"))
                    .anyMatch(l -> l.contains("Session created by the Node") && l.contains("browserName=MiniBrowser"));
        }
    }

    private EngineExecutionResults grade(EmbeddedTarget target, String browsers, String name) throws Exception {
        return EngineTestKit.engine("cors-tck")
                .configurationParameter("cors.tck.report.dir", Files.createDirectories(dir.resolve(name)).toString())
                .configurationParameter("cors.tck.target", target.baseUrl())
                .configurationParameter("cors.tck.browsers", browsers)
                .configurationParameter("cors.tck.browsers.required", "true")
                .selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class)).execute();
    }

    /** Each test's name and how it ended, in a stable order. */
    private static List<String> outcomes(EngineExecutionResults results) {
        return results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName() + " "
                + e.getPayload(TestExecutionResult.class).map(r -> r.getStatus().name()).orElse("?")).sorted()
                .toList();
    }
}
