package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.cli.RemoteChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Issue 16: the JUnit engine's {@code cors.tck.browsers=cdp:URL} grades in the Chromium at that endpoint (the value the
 * list parses to carries it into the class's grading): {@code chromium ran} passes and its observations name the
 * {@code playwright-cdp} driver.
 */
@Timeout(300)
@EnabledOnOs(OS.LINUX)
class CdpEngineTests {

    @TempDir
    Path dir;

    @Test
    void corsTckBrowsersCdpRunsTheClassInThatChromium() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        try (RemoteChromium chromium = RemoteChromium.cdp(dir);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            EngineExecutionResults results = EngineTestKit.engine("cors-tck")
                    .configurationParameter("cors.tck.report.dir", reports.toString())
                    .configurationParameter("cors.tck.target", target.baseUrl())
                    .configurationParameter("cors.tck.browsers", "cdp:" + chromium.endpoint())
                    .configurationParameter("cors.tck.browsers.required", "true")
                    .selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class)).execute();

            assertThat(results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                    .contains("chromium ran");
            results.testEvents().assertStatistics(s -> s.failed(0).aborted(0));
            String report = Files.readString(reports.resolve(EngineFixtures.PolicyOnlyTestCase.class.getName())
                    .resolve("report.json"));
            assertThat(report).as("observations made over CDP").contains("playwright-cdp");
        }
    }
}
