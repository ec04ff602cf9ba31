package dev.corstck.tck.simulator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.PageOrigin;
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
    private static final AgreementReport REPORT = new AgreementReport(Path.of("target"));

    @BeforeAll
    static void start() throws IOException {
        ScriptedServer target = ScriptedServer.start(ServerScript.empty());
        ScriptedServer other = ScriptedServer.start(ServerScript.empty());
        harness = BrowserHarness.create(HarnessOptions.builder().engines(engines().toArray(Engine[]::new)).build());
        PageOrigin page = harness.bind(PageOrigin.http("app.localhost", 0));
        PageOrigin opaque = harness.bind(PageOrigin.opaque(PageOrigin.http("app.localhost", 0)));
        stage = new EngineRun.Stage(harness, page, opaque, target, other);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
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
        return engines().stream().map(e -> dynamicContainer(e.kind().browser(), Stream.of(e)
                .flatMap(engine -> run(engine, sample).stream())
                .map(v -> dynamicTest(v.id(), () -> assertThat(v.disagreements()).as(e.kind().browser() + " "
                        + v.id() + "\n" + v.detail()).isEmpty()))));
    }

    private static List<Verdict> run(Engine engine, List<DifferentialScenario> sample) {
        long start = System.nanoTime();
        List<Verdict> verdicts = new EngineRun(stage, engine, Integer.getInteger("cors.tck.differential.batch", 100))
                .run(sample);
        AgreementReport.EngineResult r = new AgreementReport.EngineResult(engine.kind().browser(), verdicts,
                stride(), (System.nanoTime() - start) / 1e9);
        REPORT.add(r);
        System.out.println(r.summary());
        return verdicts;
    }
}
