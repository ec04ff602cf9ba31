package dev.corstck.harness;

import static dev.corstck.harness.CorsApi.ACAO;
import static dev.corstck.harness.CorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.corstck.harness.firefox.Leftovers;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kill the browser (by PID) while a call of an isolated batch waits on a slow response: that call comes back as ERROR
 * with the reason, the engine is restarted, and the batch goes on.
 */
@ExtendWith(BrowserFixture.Extension.class)
class CrashRecoveryTests {

    @BeforeAll
    static void stubApi() {
        BrowserFixture f = BrowserFixture.get();
        f.api.stub(RequestMethod.GET, "fast", ok("fast").withHeader(ACAO, "*"));
        f.api.stub(RequestMethod.GET, "slow", ok("slow").withHeader(ACAO, "*").withFixedDelay(6_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void killedBrowserLosesOnlyTheCallInFlight(Engine engine) throws Exception {
        BrowserFixture f = BrowserFixture.get();
        f.harness.run(engine, f.page, FetchCall.get(f.url(engine, "fast?warm"))); // the engine runs
        int restartsBefore = f.harness.engineInfo(engine).orElseThrow().restarts();
        CompletableFuture<Long> killed = CompletableFuture.supplyAsync(() -> killWhenSlowCallArrives(engine));

        List<Observation> seen = f.harness.runIsolated(engine, f.page, List.of(
                FetchCall.get(f.url(engine, "fast?1")), FetchCall.get(f.url(engine, "slow")),
                FetchCall.get(f.url(engine, "fast?2"))));

        long pid = killed.get(30, TimeUnit.SECONDS);
        // Killed means no longer running: a zombie waiting for its parent (WebKitWebDriver) to reap it holds nothing.
        assertThat(ProcessHandle.of(pid).map(p -> Leftovers.running(List.of(p))).orElse(List.of())).isEmpty();
        assertThat(seen).extracting(Observation::outcome).as(seen.get(1).summary())
                .containsExactly(Outcome.CORS_OK, Outcome.ERROR, Outcome.CORS_OK);
        assertThat(seen.get(1).detail()).isNotBlank();
        if (engine.browser().equals("chromium")) {
            assertThat(seen.get(1).detail()).contains("restarted");
            assertThat(f.harness.engineInfo(engine).orElseThrow().restarts()).isEqualTo(restartsBefore + 1);
        }
    }

    private static long killWhenSlowCallArrives(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
        while (f.api.received(RequestMethod.GET, BrowserFixture.path(engine, "slow")).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the slow call never reached the API");
            }
            sleep(20);
        }
        ProcessHandle browser = browserProcess(engine);
        browser.destroyForcibly();
        return browser.pid();
    }

    /** Find the browser's main process: from the harness for Chromium, among this JVM's descendants otherwise. */
    private static ProcessHandle browserProcess(Engine engine) {
        List<Long> pids = BrowserFixture.get().harness.engineInfo(engine).orElseThrow().processIds();
        if (!pids.isEmpty()) {
            return ProcessHandle.of(pids.get(0)).orElseThrow();
        }
        String workDir = BrowserFixture.get().workDir.toString();
        return ProcessHandle.current().descendants()
                .filter(p -> engine == Engine.WEBKIT ? command(p).endsWith("MiniBrowser")
                        : command(p).contains("firefox") && arguments(p).contains(workDir)
                                && !arguments(p).contains("-contentproc"))
                // WebKit keeps a spare browser started after the one in use: the oldest is the one in use.
                .min(Comparator.comparing(p -> p.info().startInstant().orElseThrow()))
                .orElseThrow(() -> new AssertionError("no " + engine + " browser process found"));
    }

    private static String command(ProcessHandle p) {
        return p.info().command().orElse("");
    }

    private static String arguments(ProcessHandle p) {
        return String.join(" ", p.info().arguments().orElse(new String[0]));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
