package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.replay.ScriptedResponder;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preflight cache under each profile (R-CACHE-01…05; tck/SPEC-NOTES.md#max-age, #preflight-cache): a scenario
 * warms the cache, then the row states, per engine, whether the last fetch sends a preflight.
 */
class PreflightCacheTests {

    record Row(String id, Scenario scenario, ScriptedResponder responder, Map<Engine, PreflightUse> last) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final PreflightUse PF = PreflightUse.PREFLIGHT;
    static final PreflightUse NO = PreflightUse.NO_PREFLIGHT;

    static ScriptedResponder maxAge(String... maxAge) {
        ScriptedResponse pf = status(204, "Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Methods",
                "{acrm}", "Access-Control-Allow-Headers", "{acrh}", "Access-Control-Allow-Credentials", "true");
        for (String v : maxAge) {
            pf = pf.with("Access-Control-Max-Age", v);
        }
        return server(pf, ok("Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials", "true"));
    }

    static Scenario twice(String id, FetchRequest first, Duration wait, FetchRequest second) {
        List<Action> actions = new ArrayList<>(List.of(new Action.Fetch(first)));
        if (!wait.isZero()) {
            actions.add(new Action.Wait(wait));
        }
        actions.add(new Action.Fetch(second));
        return new Scenario(id, "", actions);
    }

    static Map<Engine, PreflightUse> per(PreflightUse spec, PreflightUse chromium, PreflightUse firefox,
            PreflightUse webkit) {
        return Map.of(Engine.SPEC, spec, Engine.CHROMIUM, chromium, Engine.FIREFOX, firefox, Engine.WEBKIT, webkit);
    }

    static Map<Engine, PreflightUse> all(PreflightUse use) {
        return per(use, use, use, use);
    }

    static Row row(String id, FetchRequest first, Duration wait, FetchRequest second, ScriptedResponder r,
            Map<Engine, PreflightUse> last) {
        return new Row(id, twice(id, first, wait, second), r, last);
    }

    static Stream<Row> rows() {
        FetchRequest put = get().withMethod("PUT");
        FetchRequest putXa = put.withHeader("X-A", "1");
        FetchRequest putXb = put.withHeader("X-B", "1");
        FetchRequest putCred = put.withCredentials(CredentialsMode.INCLUDE);
        Duration none = Duration.ZERO;
        return Stream.of(
                row("max-age-600-within", put, Duration.ofSeconds(10), put, maxAge("600"), all(NO)),
                row("max-age-600-after-601s", put, Duration.ofSeconds(601), put, maxAge("600"), all(PF)),
                row("max-age-3600-after-700s-webkit-cap", put, Duration.ofSeconds(700), put, maxAge("3600"),
                        per(NO, NO, NO, PF)),
                row("max-age-86400-after-7300s-chromium-cap", put, Duration.ofSeconds(7300), put, maxAge("86400"),
                        per(NO, PF, NO, PF)),
                row("default-5s-within", put, Duration.ofSeconds(4), put, maxAge(), all(NO)),
                row("default-5s-after-6s", put, Duration.ofSeconds(6), put, maxAge(), all(PF)),
                row("max-age-0-not-cached", put, none, put, maxAge("0"), all(PF)),
                row("max-age-negative", put, none, put, maxAge("-1"), per(NO, PF, PF, PF)),
                row("max-age-plus-sign", put, none, put, maxAge("+5"), per(NO, NO, PF, NO)),
                row("max-age-garbage", put, none, put, maxAge("abc"), per(NO, NO, PF, NO)),
                row("max-age-two-lines", put, none, put, maxAge("600", "600"), per(NO, NO, PF, NO)),
                row("other-url-not-covered", put, none, put.withUrl(URL + "?q=1"),
                        servers(Map.of(B, dev.corstck.tck.simulator.replay.ServerScript.of("/r",
                                status(204, "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PUT",
                                        "Access-Control-Max-Age", "600"), ok("Access-Control-Allow-Origin", "*")))),
                        all(PF)),
                row("credentialed-entry-serves-anonymous", putCred, none, put, maxAge("600"), per(NO, NO, PF, NO)),
                row("anonymous-entry-does-not-serve-credentialed", put, none, putCred, maxAge("600"), all(PF)),
                row("new-header-needs-new-preflight", putXa, none, putXb, maxAge("600"), all(PF)),
                new Row("entries-accumulate-in-spec-and-firefox", new Scenario("acc", "", List.of(
                        new Action.Fetch(putXa), new Action.Fetch(putXb), new Action.Fetch(putXa))),
                        maxAge("600"), per(NO, PF, NO, PF)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesFromCache(Row row) {
        Predictions p = Simulator.allProfiles().predict(row.scenario(), row.responder());
        for (Engine e : Engine.values()) {
            Prediction last = p.of(e);
            assertThat(last.preflight()).as(e + "\n" + last.explanation().render()).isEqualTo(row.last().get(e));
            assertThat(p.runs().get(e).get(0).preflight()).as("the first fetch always preflights").isEqualTo(PF);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void failedActualResponseClearsTheEntries(Engine engine) {
        BrowserProfile profile = BrowserProfile.of(engine);
        // GIVEN a cached preflight and an actual response failing the CORS check
        var responder = server(status(204, "Access-Control-Allow-Origin", A, "Access-Control-Allow-Methods", "PUT",
                "Access-Control-Max-Age", "600"), ok());
        SimulatedBrowser browser = new SimulatedBrowser(profile);
        // WHEN the request runs twice
        Prediction first = browser.fetch(get().withMethod("PUT"), responder);
        Prediction second = browser.fetch(get().withMethod("PUT"), responder);
        // THEN the network error cleared the cache and the second fetch preflights again (spec, Firefox); Chromium
        // and WebKit keep the entries (observed by the browser differential test)
        assertThat(first.outcome()).isEqualTo(Outcome.NETWORK_ERROR);
        assertThat(second.preflight()).isEqualTo(profile.clearsCacheOnActualFailure() ? PF : PreflightUse.NO_PREFLIGHT);
        assertThat(browser.preflightCacheSize() == 0).isEqualTo(profile.clearsCacheOnActualFailure());
    }

    static Stream<Engine> profiles() {
        return Stream.of(Engine.values());
    }
}
