package dev.corstck.tck.simulator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.chromium.ChromiumBuild;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.replay.ScriptedServer;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential test: every browser-replayable scenario of the differential set served by {@link ScriptedServer}s
 * to each real engine, from a page on {@code app.localhost} (or an opaque-origin frame), and judged against the
 * simulator's prediction for that engine's profile (see {@link Judge}). One dynamic test per engine and scenario; the
 * agreement per engine goes to {@code target/differential-agreement.txt}. Properties:
 * {@code cors.tck.differential.engines} (default {@code chromium,firefox,webkit}), {@code .stride} (every n-th
 * scenario, default 1: all), {@code .filter} (ids containing it), {@code .batch} (scenarios per parallel batch).
 * Streaming bodies are left out: the harness cannot send one.
 */
class BrowserDifferentialTests {

    private static BrowserHarness harness;
    private static EngineRun.Stage stage;
    /** Chromium's full browser, beside the headless shell the harness runs by default (see ChromiumBuild). */
    private static BrowserHarness fullHarness;
    private static EngineRun.Stage fullStage;
    /** The headless shell's verdicts by scenario, for the full browser's to be compared with. */
    private static final java.util.Map<String, Verdict> SHELL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final AgreementReport REPORT = new AgreementReport(Path.of("target"));

    @BeforeAll
    static void start() throws IOException {
        ScriptedServer target = ScriptedServer.start(ServerScript.empty());
        ScriptedServer other = ScriptedServer.start(ServerScript.empty());
        harness = BrowserHarness.create(HarnessOptions.builder().engines(engines().toArray(Engine[]::new)).build());
        PageOrigin page = harness.bind(PageOrigin.http("app.localhost", 0));
        PageOrigin opaque = harness.bind(PageOrigin.opaque(PageOrigin.http("app.localhost", 0)));
        stage = new EngineRun.Stage(harness, page, opaque, target, other);
        if (comparesChromiumBuilds()) {
            HarnessOptions.BrowserPaths paths = HarnessOptions.BrowserPaths.configured();
            fullHarness = BrowserHarness.create(HarnessOptions.builder().engines(Engine.CHROMIUM)
                    .browsers(new HarnessOptions.BrowserPaths(Path.of(HarnessOptions.BrowserPaths.FULL_CHROMIUM),
                            paths.chromedriver(), paths.firefox(), paths.miniBrowser())).build());
            fullStage = new EngineRun.Stage(fullHarness, fullHarness.bind(PageOrigin.http("app.localhost", 0)),
                    fullHarness.bind(PageOrigin.opaque(PageOrigin.http("app.localhost", 0))), target, other);
        }
    }

    /** Chromium runs as its headless shell (the default): the full browser runs every scenario too. */
    static boolean comparesChromiumBuilds() {
        return engines().contains(Engine.CHROMIUM)
                && ChromiumBuild.isHeadlessShell(HarnessOptions.BrowserPaths.configured().chromium());
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
        if (fullHarness != null) {
            fullHarness.close();
        }
        if (stage != null) {
            stage.target().close();
            stage.other().close();
        }
    }

    static List<Engine> engines() {
        return Stream.of(System.getProperty("cors.tck.differential.engines", "chromium,firefox,webkit").split(","))
                .map(String::strip).map(Engine::parse).toList();
    }

    static int stride() {
        return Integer.getInteger("cors.tck.differential.stride", 1);
    }

    /** The scenarios a browser can replay: every {@code stride}-th of them. */
    static List<DifferentialScenario> sample() {
        List<DifferentialScenario> eligible = DifferentialScenarios.all().stream()
                .filter(d -> d.replay() == Replay.BROWSER || d.replay() == Replay.NEEDS_OPAQUE_ORIGIN_PAGE)
                .filter(d -> d.scenario().lastFetch().body().kind() != BodyKind.STREAM)
                .filter(d -> d.id().contains(System.getProperty("cors.tck.differential.filter", "")))
                .toList();
        return IntStream.range(0, eligible.size()).filter(i -> i % stride() == 0).mapToObj(eligible::get).toList();
    }

    @TestFactory
    Stream<DynamicContainer> browsersDoWhatTheSimulatorPredicts() {
        List<DifferentialScenario> sample = sample();
        assertThat(sample).as("differential sample").isNotEmpty();
        Stream<DynamicContainer> engines = engines().stream().map(e -> dynamicContainer(e.kind().browser(),
                Stream.of(e).flatMap(engine -> run(stage, engine, e.kind().browser(), sample).stream())
                .map(v -> dynamicTest(v.id(), () -> assertThat(v.disagreements()).as(e.kind().browser() + " "
                        + v.id() + "\n" + v.detail()).isEmpty()))));
        if (!comparesChromiumBuilds()) {
            return engines;
        }
        // Chromium's full browser: the simulator's predictions hold there too, and the servers saw the same
        // requests and the page observed the same as in the headless shell, scenario by scenario (page ports aside).
        String name = "chromium (full browser, " + HarnessOptions.BrowserPaths.FULL_CHROMIUM + ")";
        return Stream.concat(engines, Stream.of(dynamicContainer(name, Stream.of(Engine.CHROMIUM)
                .flatMap(engine -> run(fullStage, engine, "chromium-full-browser", sample).stream())
                .map(v -> dynamicTest(v.id(), () -> {
                    assertThat(v.disagreements()).as(name + " " + v.id() + "\n" + v.detail()).isEmpty();
                    Verdict shell = SHELL.get(v.id());
                    assertThat(shell).as("the headless shell's verdict on " + v.id()).isNotNull();
                    assertThat(distinct(portless(v.evidence()))).as("what the servers saw, " + v.id() + " (full browser"
                            + " vs headless shell)").isEqualTo(distinct(portless(shell.evidence())));
                    assertThat(portless(List.of(observed(v)))).as("what the page observed, " + v.id()
                            + " (full browser vs headless shell)").isEqualTo(portless(List.of(observed(shell))));
                })))));
    }

    /**
     * {@code lines} with repeats of a line right after it dropped: Chromium retries a request answered 408 a number
     * of times that depends on timing (7 in one run, 9 in another), the same request each time.
     */
    private static List<String> distinct(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /** The verdict's observation: the first line of its detail. */
    private static String observed(Verdict v) {
        int nl = v.detail().indexOf('\n');
        return nl < 0 ? v.detail() : v.detail().substring(0, nl);
    }

    /**
     * {@code lines} with what differs between any two runs blanked: loopback ports (each harness serves its pages on
     * ports of its own) and multipart boundaries (random per request).
     */
    private static List<String> portless(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("(localhost|127\\.0\\.0\\.1):\\d+", "$1:PORT")
                .replaceAll("boundary=-*WebKitFormBoundary\\w+", "boundary=BOUNDARY")).toList();
    }

    private static List<Verdict> run(EngineRun.Stage on, Engine engine, String name,
            List<DifferentialScenario> sample) {
        long start = System.nanoTime();
        List<Verdict> verdicts = new EngineRun(on, engine, Integer.getInteger("cors.tck.differential.batch", 100))
                .run(sample);
        if (on == stage && engine.equals(Engine.CHROMIUM)) {
            verdicts.forEach(v -> SHELL.put(v.id(), v));
        }
        AgreementReport.EngineResult r = new AgreementReport.EngineResult(name, verdicts,
                stride(), (System.nanoTime() - start) / 1e9);
        REPORT.add(r);
        System.out.println(r.summary());
        return verdicts;
    }
}
