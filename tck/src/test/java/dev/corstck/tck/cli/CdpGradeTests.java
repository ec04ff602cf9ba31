package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code grade --browsers cdp:URL} and {@code ws:URL} in a Chromium the kit did not launch. The test starts
 * it as a user would (Debian's Chromium with {@code --remote-debugging-port=0}; a {@code playwright run-server
 * --unsafe} from the Playwright Java jar, asked for the Debian Chromium), grades the embedded reference target through
 * it, and every confirmation agrees with the simulator.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class CdpGradeTests {

    @TempDir
    Path dir;

    @Test
    void aChromiumReachedOverCdpAgreesEverywhere() throws Exception {
        try (RemoteChromium chromium = RemoteChromium.cdp(dir);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            List<Finding> findings = RemoteChromium.gradeAgreeing(target.baseUrl(), "cdp:" + chromium.endpoint(),
                    dir.resolve("report"));

            assertThat(findings).as("driven over CDP").isNotEmpty();
        }
    }

    @Test
    void aPlaywrightBrowserServerAgreesEverywhere() throws Exception {
        try (RemoteChromium server = RemoteChromium.playwrightServer(dir);
                EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            List<Finding> findings = RemoteChromium.gradeAgreeing(target.baseUrl(), "ws:" + server.endpoint(),
                    dir.resolve("report"));

            assertThat(findings).as("driven through run-server").isNotEmpty();
        }
    }
}
