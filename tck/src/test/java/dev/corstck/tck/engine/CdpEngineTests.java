package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.cli.RemoteChromium;
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
 * Issue 16: the JUnit engine's {@code cors.tck.browsers=cdp:URL} grades in the Chromium at that endpoint (the value the
 * list parses to carries it into the class's grading): {@code chromium ran} passes with a live endpoint, and fails
 * with one where nothing listens (so it was that endpoint, not a local Chromium, that ran); {@code cdp:} and
 * {@code ws:} (a Playwright server) end every test as a local Chromium does.
 */
@Timeout(300)
@EnabledOnOs(OS.LINUX)
class CdpEngineTests {

    @TempDir
    Path dir;

    @Test
    void corsTckBrowsersCdpRunsTheClassInThatChromium() throws Exception {
        try (RemoteChromium chromium = RemoteChromium.cdp(dir);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            EngineExecutionResults live = grade(target, "cdp:" + chromium.endpoint(), "live");
            assertThat(live.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                    .contains("chromium ran");
            live.testEvents().assertStatistics(s -> s.failed(0).aborted(0));

            EngineExecutionResults dead = grade(target, "cdp:http://127.0.0.1:" + closedPort(), "dead");
            assertThat(dead.testEvents().failed().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                    .as("nothing listens there: no confirmation, so the required browser fails").contains("chromium ran");
        }
    }

    @Test
    void corsTckBrowsersCdpAndWsEndAsTheLocalChromiumDoes() throws Exception {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            List<String> local = outcomes(grade(target, "chromium", "local"));
            assertThat(local).as("the local Chromium's tests").contains("chromium ran SUCCESSFUL")
                    .anyMatch(o -> o.contains(" @ chromium "));
            try (RemoteChromium chromium = RemoteChromium.cdp(dir)) {
                assertThat(outcomes(grade(target, "cdp:" + chromium.endpoint(), "cdp"))).isEqualTo(local);
            }
            try (RemoteChromium server = RemoteChromium.playwrightServer(dir)) {
                assertThat(outcomes(grade(target, "ws:" + server.endpoint(), "ws"))).isEqualTo(local);
            }
        }
    }

    /** Each test's name and how it ended, in a stable order. */
    private static List<String> outcomes(EngineExecutionResults results) {
        return results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName() + " "
                + e.getPayload(TestExecutionResult.class).map(r -> r.getStatus().name()).orElse("?")).sorted()
                .toList();
    }

    private EngineExecutionResults grade(EmbeddedTarget target, String browsers, String name) throws Exception {
        return EngineTestKit.engine("cors-tck")
                .configurationParameter("cors.tck.report.dir", Files.createDirectories(dir.resolve(name)).toString())
                .configurationParameter("cors.tck.target", target.baseUrl())
                .configurationParameter("cors.tck.browsers", browsers)
                .configurationParameter("cors.tck.browsers.required", "true")
                .selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class)).execute();
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort(); // closed again: nothing listens there
        }
    }
}
