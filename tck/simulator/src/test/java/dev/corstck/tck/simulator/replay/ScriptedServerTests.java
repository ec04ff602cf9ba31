package dev.corstck.tck.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.SimulatedBrowser;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.differential.DifferentialScenario;
import dev.corstck.tck.simulator.differential.DifferentialScenarios;
import dev.corstck.tck.simulator.differential.Replay;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real HTTP server answers exactly as the in-memory responder: every request the simulator sent for every
 * browser-replayable differential scenario is re-sent over loopback and the answers compared line by line.
 */
class ScriptedServerTests {

    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static ScriptedServer target;
    private static ScriptedServer other;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        target = ScriptedServer.start(ServerScript.empty());
        other = ScriptedServer.start(ServerScript.empty());
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        target.close();
        other.close();
    }

    static Stream<DifferentialScenario> scenarios() {
        return DifferentialScenarios.all().stream().filter(d -> d.replay() == Replay.BROWSER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void replaysTheScriptOverHttp(DifferentialScenario canonical) throws Exception {
        DifferentialScenario d = canonical.rebind(DifferentialScenarios.hosts(DifferentialScenarios.PAGE_HOST,
                "127.0.0.1:" + target.port(), "localhost:" + other.port()));
        String targetOrigin = "http://127.0.0.1:" + target.port();
        String otherOrigin = "http://localhost:" + other.port();
        target.script(d.servers().getOrDefault(targetOrigin, ServerScript.empty()));
        other.script(d.servers().getOrDefault(otherOrigin, ServerScript.empty()));
        target.clearJournal();
        SimulatedBrowser browser = new SimulatedBrowser(BrowserProfile.SPEC);
        List<Prediction> run = dev.corstck.tck.simulator.Simulator.run(d.scenario(), d.responder(), browser);
        int sent = 0;
        for (Prediction p : run) {
            for (Exchange e : p.exchanges()) {
                if (e.response().isEmpty() || !sendable(e.request())) {
                    continue;
                }
                assertSameAnswer(e, send(e));
                sent += e.targetOrigin().equals(targetOrigin) ? 1 : 0;
            }
        }
        assertThat(target.journal()).hasSize(sent);
    }

    /** The JDK client refuses control bytes in header values; those exchanges are left to the browser test. */
    private static boolean sendable(RawRequest r) {
        return r.headers().fields().stream().allMatch(f -> f.value().chars().allMatch(c -> c >= 0x20 || c == '\t'));
    }

    private static HttpResponse<String> send(Exchange e) throws Exception {
        RawRequest r = e.request();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(e.targetOrigin() + r.target()))
                .timeout(Duration.ofSeconds(10))
                .method(r.method(), r.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(r.body()));
        for (HeaderField f : r.headers().fields()) {
            if (!RESTRICTED.contains(f.name().toLowerCase(Locale.ROOT))) {
                b.header(f.name(), f.value());
            }
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSameAnswer(Exchange e, HttpResponse<String> real) {
        RawResponse expected = e.response().orElseThrow();
        assertThat(real.statusCode()).as(e.url()).isEqualTo(expected.status());
        Map<String, List<String>> got = real.headers().map();
        for (HeaderField f : expected.headers().fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            List<String> want = expected.headers().all(f.name()).stream().map(String::strip).toList();
            assertThat(got.getOrDefault(name, List.of()).stream().map(String::strip).toList())
                    .as(e.url() + " " + name).isEqualTo(want);
        }
    }
}
