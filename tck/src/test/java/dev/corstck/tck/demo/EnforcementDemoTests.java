package dev.corstck.tck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.HarnessOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Browser enforcement vs curl in Chromium, and the main job without browsers. */
@Timeout(120)
class EnforcementDemoTests {

    @Test
    void serverAnswersCurlWhileChromiumBlocksEverySeedMistake() {
        List<DemoResult> results;
        try (BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder().engines(Engine.CHROMIUM).build())) {
            results = new EnforcementDemo(harness, List.of(BrowserEngine.CHROMIUM)).seedMistakes();
        }

        assertThat(results).hasSize(4);
        for (DemoResult r : results) {
            assertThat(r.plainClient().get(0)).as(r.demoCase().name()).startsWith("status 200");
            assertThat(r.curl().get(0)).as(r.demoCase().name()).contains("HTTP/1.1 200");
            List<String> chromium = r.browsers().get("chromium");
            assertThat(chromium.get(0)).as(r.demoCase().name()).startsWith("NETWORK_ERROR");
            assertThat(chromium).as(r.demoCase().name()).anyMatch(l -> l.contains("blocked by CORS policy"));
            assertThat(r.serverReceived()).as(r.demoCase().name()).isNotEmpty();
            assertThat(r.problems()).as("a blocked call is shown, not a problem").isEmpty();
        }
        DemoResult authorization = results.get(2);
        assertThat(authorization.serverReceived()).contains("chromium: the PUT itself was never sent");
    }

    @Test
    void mainJobWithoutBrowsersFindsTheCorrectTargetConformantAndTheOthersNot(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = MainJob.run(dir, List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reference target, correct", "non-conformant");
        assertThat(dir).isDirectoryContaining("glob:**/compare.html").isDirectoryContaining("glob:**/report.json");
    }
}
