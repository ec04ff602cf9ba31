package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.WorkDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default Chromium is Debian's headless shell, recorded as such in the version the report shows; chromedriver and
 * the engine's default cookie policy get the full browser (see {@link ChromiumBuild}).
 */
class ChromiumBuildTests {

    @Test
    void headlessShellsAreKnownByTheirName() {
        assertThat(ChromiumBuild.isHeadlessShell(Path.of("/usr/bin/chromium-headless-shell"))).isTrue();
        assertThat(ChromiumBuild.isHeadlessShell(Path.of("/opt/chrome-headless-shell-linux64/chrome-headless-shell")))
                .isTrue();
        assertThat(ChromiumBuild.isHeadlessShell(Path.of("/usr/bin/chromium"))).isFalse();
        assertThat(ChromiumBuild.isHeadlessShell(Path.of("/usr/lib/chromium/chromium"))).isFalse();
    }

    @Test
    void whereTheShellWouldDifferTheFullBrowserRuns() {
        Path shell = Path.of(HarnessOptions.BrowserPaths.HEADLESS_SHELL);
        Path full = Path.of(HarnessOptions.BrowserPaths.FULL_CHROMIUM);
        assertThat(ChromiumBuild.forCookies(shell, LaunchSpec.CookieMode.ALLOW_THIRD_PARTY)).isEqualTo(shell);
        assertThat(ChromiumBuild.forCookies(shell, LaunchSpec.CookieMode.ENGINE_DEFAULT)).isEqualTo(full);
        assertThat(ChromiumBuild.fullBrowser(shell)).isEqualTo(full);
        assertThat(ChromiumBuild.fullBrowser(Path.of("/opt/my/chrome"))).isEqualTo(Path.of("/opt/my/chrome"));
        assertThat(ChromiumBuild.debianPackage(shell)).isEqualTo("chromium-headless-shell");
        assertThat(ChromiumBuild.debianPackage(full)).isEqualTo("chromium");
    }

    @Test
    void theDefaultChromiumIsTheHeadlessShellAndSaysSo() throws Exception {
        assertThat(HarnessOptions.BrowserPaths.debian().chromium())
                .isEqualTo(Path.of(HarnessOptions.BrowserPaths.HEADLESS_SHELL));
        Path dir = Files.createTempDirectory("cors-tck-build");
        com.sun.net.httpserver.HttpServer api = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        api.start();
        try (BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder().workDir(dir)
                .browsers(HarnessOptions.BrowserPaths.debian()).build())) {
            PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));
            List<Observation> seen = harness.runIsolated(Engine.CHROMIUM, page,
                    List.of(FetchCall.get("http://localhost:" + api.getAddress().getPort() + "/")));

            assertThat(seen).extracting(Observation::outcome).containsExactly(Outcome.CORS_OK);
            assertThat(harness.engineInfo(Engine.CHROMIUM).orElseThrow().browserVersion())
                    .matches("\\d+\\.\\d+\\.\\d+\\.\\d+ \\(headless shell\\)");
        } finally {
            api.stop(0);
            WorkDirs.deleteQuietly(dir);
        }
    }
}
