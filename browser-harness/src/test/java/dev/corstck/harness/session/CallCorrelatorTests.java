package dev.corstck.harness.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.engine.EngineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Events are attributed to the right call of a batch. */
class CallCorrelatorTests {

    private static final String URL = "http://localhost:9/cached";

    static Stream<Arguments> mentions() {
        return Stream.of(
                Arguments.of("Access to fetch at 'http://x/a' from origin 'http://y' has been blocked", "http://x/a", true),
                Arguments.of("Access to fetch at 'http://x/ab' from origin", "http://x/a", false),
                Arguments.of("reading the remote resource at ‘http://x/a’. (Reason: CORS header", "http://x/a", true),
                Arguments.of("reading the remote resource at http://x/a. (Reason: missing)", "http://x/a", true),
                Arguments.of("reading the remote resource at http://x/a.json. (Reason:", "http://x/a", false),
                Arguments.of("no url here", "http://x/a", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mentions")
    void aMessageMentionsAUrlOnlyAsAWhole(String text, String url, boolean expected) {
        assertThat(CallCorrelator.mentions(text, url)).isEqualTo(expected);
    }

    /** A sequential batch of three PUTs: preflight, cache hit, cache expired; Chromium's event order. */
    @Test
    void sequentialCallsGetTheirOwnPreflights() {
        List<GlueResult> calls = List.of(call(1000, 1100), call(1200, 1300), call(1400, 1500));
        List<EngineEvent> events = new ArrayList<>();
        events.addAll(exchange("p1", true, 1010));
        events.addAll(exchange("a1", false, 1020));
        events.addAll(exchange("a2", false, 1210));
        events.addAll(exchange("p3", true, 1410));
        events.addAll(exchange("a3", false, 1420));

        List<CallCorrelator.CallEvents> seen = CallCorrelator.correlate(calls, List.of("PUT", "PUT", "PUT"), events);

        assertThat(seen).extracting(e -> e.preflights.size()).containsExactly(1, 0, 1);
        assertThat(seen).extracting(e -> e.actuals.get(0).requestId).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aFailedPreflightLeavesTheReasonOnItsCall() {
        List<GlueResult> calls = List.of(call(1000, 1100));
        List<EngineEvent> events = new ArrayList<>(exchange("p1", true, 1010));
        events.add(new EngineEvent.LoadingFailed(Instant.ofEpochMilli(1015), "a1", URL, "net::ERR_FAILED",
                "PreflightMissingAllowOriginHeader", ""));

        CallCorrelator.CallEvents seen = CallCorrelator.correlate(calls, List.of("PUT"), events).get(0);

        assertThat(seen.corsReason()).hasValueSatisfying(r -> assertThat(r.error())
                .isEqualTo("PreflightMissingAllowOriginHeader"));
        assertThat(seen.actuals).singleElement().satisfies(r -> assertThat(r.sent).isFalse());
    }

    private static GlueResult call(double started, double finished) {
        return new GlueResult("c", URL, "resolved", "cors", 200, "OK", URL, false, List.of(), "", "", "", started,
                finished, finished);
    }

    private static List<EngineEvent> exchange(String id, boolean preflight, long at) {
        List<EngineEvent.Header> headers = preflight
                ? List.of(new EngineEvent.Header("Access-Control-Request-Method", "PUT")) : List.of();
        return List.of(new EngineEvent.RequestSent(Instant.ofEpochMilli(at), id, preflight ? "OPTIONS" : "PUT", URL,
                headers, preflight), new EngineEvent.ResponseReceived(Instant.ofEpochMilli(at + 2), id, URL, 200,
                List.of(), preflight));
    }
}
