package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.process.WorkDirs;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A frozen browser (SIGSTOP) is killed when its deadline passes and replaced; the call in flight is an ERROR. */
class HangRecoveryTests {

    @Test
    void frozenBrowserIsKilledAndRestarted() throws Exception {
        Path dir = Files.createTempDirectory("cors-tck-hang");
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        BrowserHarness[] holder = new BrowserHarness[1];
        api.createContext("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/freeze")) {
                long pid = holder[0].engineInfo(Engine.CHROMIUM).orElseThrow().processIds().get(0);
                try {
                    new ProcessBuilder("kill", "-STOP", String.valueOf(pid)).start().waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        api.start();
        try (BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder().workDir(dir)
                .actionTimeout(Duration.ofSeconds(3)).fetchTimeout(Duration.ofSeconds(2)).build())) {
            holder[0] = harness;
            String base = "http://localhost:" + api.getAddress().getPort();
            PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));

            List<Observation> seen = harness.runIsolated(Engine.CHROMIUM, page, List.of(
                    FetchCall.get(base + "/ok"), FetchCall.get(base + "/freeze"), FetchCall.get(base + "/ok?after")));

            assertThat(seen).extracting(Observation::outcome).as(seen.get(1).summary())
                    .containsExactly(Outcome.CORS_OK, Outcome.ERROR, Outcome.CORS_OK);
            assertThat(seen.get(1).detail()).contains("restarted");
            assertThat(harness.engineInfo(Engine.CHROMIUM).orElseThrow().restarts()).isEqualTo(1);
        } finally {
            api.stop(0);
            WorkDirs.deleteQuietly(dir);
        }
    }
}
