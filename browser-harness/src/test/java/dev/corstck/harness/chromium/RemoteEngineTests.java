package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.CorsReason;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Observed;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.WorkDirs;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The remote engine forms: {@code cdp:} (Playwright {@code connectOverCDP}) to a Chromium this test starts, and
 * {@code grid:} (Selenium {@code RemoteWebDriver}) to a chromedriver this test starts, standing in for a Grid.
 */
class RemoteEngineTests {

    private static Path dir;
    private static ChromiumProcess chromium;
    private static Process chromedriver;
    private static HttpServer api;
    private static BrowserHarness harness;
    private static PageOrigin page;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("cors-tck-remote");
        LaunchSpec spec = new LaunchSpec(Path.of("/usr/bin/chromium"), List.of(), LaunchSpec.CookieMode.ENGINE_DEFAULT,
                Duration.ofSeconds(30), Duration.ofSeconds(10), dir);
        chromium = ChromiumProcess.start(spec, Files.createDirectory(dir.resolve("remote-profile")));
        chromedriver = startChromedriver();
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/open")) {
                ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            }
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        api.start();
        harness = BrowserHarness.create(HarnessOptions.builder().workDir(dir.resolve("harness")).build());
        page = harness.bind(PageOrigin.http("127.0.0.1", 0));
    }

    private static Process startChromedriver() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + port)
                .redirectOutput(dir.resolve("chromedriver.out").toFile()).redirectErrorStream(true).start();
        ProcessRegistry.register(p.pid());
        URI status = URI.create("http://127.0.0.1:" + port + "/status");
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(50)) {
            try {
                HttpURLConnection c = (HttpURLConnection) status.toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
        }
        throw new IllegalStateException("chromedriver did not answer on " + status);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        if (chromedriver != null) {
            ProcessRegistry.kill(chromedriver.pid());
        }
        if (api != null) {
            api.stop(0);
        }
        WorkDirs.deleteQuietly(dir);
    }

    static Stream<Engine> remoteEngines() {
        String driverUrl = "http://127.0.0.1:" + chromedriverPort();
        return Stream.of(Engine.parse("cdp:" + chromium.webSocketUrl()), Engine.parse("grid:" + driverUrl));
    }

    private static String chromedriverPort() {
        String cmd = String.join(" ", chromedriver.info().arguments().orElse(new String[0]));
        return cmd.replaceAll(".*--port=(\\d+).*", "$1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remoteEngines")
    void remoteChromiumObservesLikeALocalOne(Engine engine) {
        String base = "http://localhost:" + api.getAddress().getPort();
        List<Observation> seen = harness.run(engine, page, List.of(FetchCall.get(base + "/open"),
                FetchCall.get(base + "/closed")), BatchMode.SEQUENTIAL_SHARED_CONTEXT);

        assertThat(seen).extracting(Observation::outcome).as(seen.get(1).summary())
                .containsExactly(Outcome.CORS_OK, Outcome.NETWORK_ERROR);
        assertThat(seen.get(1).corsReason().map(CorsReason::error)).contains("MissingAllowOriginHeader");
        assertThat(seen.get(1).actualRequest()).isPresent();
        assertThat(seen.get(0).preflightSent()).isEqualTo(Observed.NO);
        assertThat(harness.engineInfo(engine).orElseThrow().browserVersion()).isNotBlank();
        // A remote browser is not the harness's to kill: only what it started itself (Playwright's Node driver).
        assertThat(harness.engineInfo(engine).orElseThrow().processIds()).doesNotContain(chromium.pid());
    }
}
