package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.CookieMode;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Observed;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.process.WorkDirs;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CookieMode#ENGINE_DEFAULT} keeps Chromium's third-party cookie blocking (the {@code ALLOW_THIRD_PARTY} case,
 * where the cookie is sent, is in {@code StatefulScenarioTests}): the pref is what makes the difference.
 */
class CookieModeTests {

    static Stream<Engine> chromiumEngines() {
        return Stream.of(Engine.CHROMIUM, Engine.CHROMIUM_SELENIUM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chromiumEngines")
    void engineDefaultBlocksThirdPartyCookies(Engine engine) throws Exception {
        Path dir = Files.createTempDirectory("cors-tck-cookies");
        Map<String, String> cookieSeen = new ConcurrentHashMap<>();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            String origin = String.valueOf(ex.getRequestHeaders().getFirst("Origin"));
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
            ex.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
            ex.getResponseHeaders().add("Set-Cookie", "tck=1; SameSite=None; Secure; Path=/");
            cookieSeen.put(ex.getRequestURI().getPath(), String.valueOf(ex.getRequestHeaders().getFirst("Cookie")));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        api.start();
        try (BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder().workDir(dir)
                .cookies(CookieMode.ENGINE_DEFAULT).build())) {
            String base = "http://localhost:" + api.getAddress().getPort();
            PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));
            List<Observation> seen = harness.run(engine, page, List.of(
                    FetchCall.get(base + "/set").withCredentials(CredentialsMode.INCLUDE),
                    FetchCall.get(base + "/again").withCredentials(CredentialsMode.INCLUDE)),
                    BatchMode.SEQUENTIAL_SHARED_CONTEXT);

            assertThat(seen).extracting(Observation::outcome).containsOnly(Outcome.CORS_OK);
            assertThat(cookieSeen.get("/again")).isEqualTo("null");
            assertThat(seen.get(1).cookiesSent()).isEqualTo(Observed.NO);
            // The headless shell (the default build) has no third-party cookie blocking: the full browser ran.
            assertThat(harness.engineInfo(engine).orElseThrow().browserVersion()).doesNotContain("headless shell");
        } finally {
            api.stop(0);
            WorkDirs.deleteQuietly(dir);
        }
    }
}
