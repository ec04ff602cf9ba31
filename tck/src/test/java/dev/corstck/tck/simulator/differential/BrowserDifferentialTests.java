package dev.corstck.tck.simulator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.reference.http.HeaderField;
import dev.corstck.reference.http.RawRequest;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.SimulatedBrowser;
import dev.corstck.tck.simulator.replay.ScriptedServer;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test: a sample of the differential set served by {@link ScriptedServer}s to real browsers from a
 * page on {@code app.localhost}; the simulator's prediction for that engine's profile and what the browser did must
 * agree on the outcome and on whether a preflight reached the server. The sample takes every
 * {@code cors.tck.differential.stride}-th single-fetch scenario (default 12) in each engine of
 * {@code cors.tck.differential.engines} (default {@code chromium,firefox,webkit}); {@code cors.tck.differential.filter}
 * keeps only ids containing it.
 */
class BrowserDifferentialTests {

    private static BrowserHarness harness;
    private static PageOrigin page;
    private static ScriptedServer target;
    private static ScriptedServer other;

    @BeforeAll
    static void start() throws IOException {
        target = ScriptedServer.start(ServerScript.empty());
        other = ScriptedServer.start(ServerScript.empty());
        harness = BrowserHarness.create(HarnessOptions.builder().engines(engines().toArray(Engine[]::new)).build());
        page = harness.bind(PageOrigin.http("app.localhost", 0));
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
        target.close();
        other.close();
    }

    static List<Engine> engines() {
        return Stream.of(System.getProperty("cors.tck.differential.engines", "chromium,firefox,webkit").split(","))
                .map(String::strip).map(Engine::parse).toList();
    }

    /** The simulator profile that models {@code engine}. */
    static BrowserProfile profile(Engine engine) {
        return BrowserProfile.of(dev.corstck.tck.simulator.Engine.valueOf(engine.kind().browser().toUpperCase(
                java.util.Locale.ROOT)));
    }

    record Case(Engine engine, DifferentialScenario scenario) {
        @Override
        public String toString() {
            return engine.kind().browser() + " " + scenario.id();
        }
    }

    static Stream<Case> cases() {
        List<DifferentialScenario> sample = sample().toList();
        return engines().stream().flatMap(e -> sample.stream().map(d -> new Case(e, d)));
    }

    static Stream<DifferentialScenario> sample() {
        int stride = Integer.getInteger("cors.tck.differential.stride", 12);
        List<DifferentialScenario> eligible = DifferentialScenarios.all().stream()
                .filter(d -> d.replay() == Replay.BROWSER && d.scenario().actions().size() == 1)
                .filter(d -> d.scenario().lastFetch().body().kind() != BodyKind.STREAM)
                .filter(d -> d.id().contains(System.getProperty("cors.tck.differential.filter", "")))
                .toList();
        return IntStream.range(0, eligible.size()).filter(i -> i % stride == 0).mapToObj(eligible::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void browserDoesWhatTheSimulatorPredicts(Case c) {
        DifferentialScenario canonical = c.scenario();
        DifferentialScenario d = canonical.rebind(DifferentialScenarios.hosts("app.localhost:" + page.port(),
                "api.localhost:" + target.port(), "other.localhost:" + other.port()));
        target.script(d.servers().getOrDefault("http://api.localhost:" + target.port(), ServerScript.empty()));
        other.script(d.servers().getOrDefault("http://other.localhost:" + other.port(), ServerScript.empty()));
        target.clearJournal();
        other.clearJournal();
        FetchRequest request = ((Action.Fetch) d.scenario().actions().get(0)).request();
        Prediction predicted = new SimulatedBrowser(profile(c.engine())).fetch(request, d.responder());

        Observation observed = harness.run(c.engine(), page, List.of(call(d.id(), request)),
                BatchMode.ISOLATED).get(0);

        List<RawRequest> received = new ArrayList<>(target.journal());
        received.addAll(other.journal());
        boolean preflightSeen = received.stream().anyMatch(r -> r.method().equals("OPTIONS"));
        String why = c + "\nobserved: " + observed.summary() + "\nserver saw: " + received.stream()
                .map(r -> r.method() + " " + r.target() + " {" + r.headers().fields().stream()
                        .filter(h -> !h.name().equalsIgnoreCase("User-Agent")).map(HeaderField::toString)
                        .collect(java.util.stream.Collectors.joining("; ")) + "}").toList()
                + "\npredicted:\n" + predicted.explanation().render();
        assertThat(observed.outcome().name()).as(why).isEqualTo(predicted.outcome().name());
        assertThat(preflightSeen).as(why).isEqualTo(predicted.preflight() == dev.corstck.tck.simulator.PreflightUse.PREFLIGHT);
        if (predicted.outcome() == dev.corstck.tck.simulator.Outcome.CORS_OK) {
            assertThat(observed.status()).as(why).isEqualTo(predicted.status());
        }
        if (observed.corsReason().isPresent()) {
            // Chromium's CDP names why it blocked: the simulator must name the same Network.CorsError.
            assertThat(predicted.block().flatMap(b -> b.chromiumCorsError()))
                    .as(why).contains(observed.corsReason().get().error());
        }
    }

    private static FetchCall call(String id, FetchRequest r) {
        FetchCall c = new FetchCall(id, URI.create(r.url()), r.method(), List.of(), body(r), 
                FetchCall.Mode.valueOf(r.mode().name()), FetchCall.Credentials.valueOf(r.credentials().name()),
                FetchCall.Redirect.valueOf(r.redirect().name()));
        for (HeaderField h : r.headers().fields()) {
            c = c.withHeader(h.name(), h.value());
        }
        return c;
    }

    private static dev.corstck.harness.Body body(FetchRequest r) {
        return switch (r.body().kind()) {
            case NONE, STREAM -> dev.corstck.harness.Body.none();
            case STRING -> dev.corstck.harness.Body.text(r.body().text());
            case URL_SEARCH_PARAMS -> dev.corstck.harness.Body.urlSearchParams(r.body().text());
            case FORM_DATA -> dev.corstck.harness.Body.formData(r.body().text());
            case BLOB -> dev.corstck.harness.Body.blob(r.body().text(), r.body().blobType());
        };
    }
}
