package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineEvent.Console;
import dev.corstck.harness.engine.EngineEvent.Header;
import dev.corstck.harness.engine.EngineEvent.LoadingFailed;
import dev.corstck.harness.engine.EngineEvent.RequestSent;
import dev.corstck.harness.engine.EngineEvent.ResponseReceived;
import dev.corstck.harness.engine.EngineId.Capability;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BidiEventsTests {

    private static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);
    private static final String REQUEST = "\"request\": {\"request\": \"7\", \"url\": \"http://localhost:9/a\","
            + " \"method\": \"%s\", \"headers\": [%s]}";
    private static final String ACRM = "{\"name\": \"Access-Control-Request-Method\","
            + " \"value\": {\"type\": \"string\", \"value\": \"PUT\"}}";

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("CORS console line", "log.entryAdded", "{\"level\": \"error\", \"text\": \"Cross-Origin"
                        + " Request Blocked\", \"timestamp\": 1700000000000, \"source\": {\"context\": \"c1\"}}",
                        Optional.of(new Console(AT, "error", "Cross-Origin Request Blocked"))),
                Arguments.of("preflight sent", "network.beforeRequestSent", "{\"context\": \"c1\", \"timestamp\":"
                        + " 1700000000000, " + REQUEST.formatted("OPTIONS", ACRM) + "}",
                        Optional.of(new RequestSent(AT, "7", "OPTIONS", "http://localhost:9/a",
                                List.of(new Header("Access-Control-Request-Method", "PUT")), true))),
                Arguments.of("OPTIONS without ACRM is no preflight", "network.beforeRequestSent", "{\"context\":"
                        + " \"c1\", \"timestamp\": 1700000000000, " + REQUEST.formatted("OPTIONS", "") + "}",
                        Optional.of(new RequestSent(AT, "7", "OPTIONS", "http://localhost:9/a", List.of(), false))),
                Arguments.of("base64 header value", "network.beforeRequestSent", "{\"context\": \"c1\", \"timestamp\":"
                        + " 1700000000000, " + REQUEST.formatted("GET", "{\"name\": \"X\", \"value\": {\"type\":"
                        + " \"base64\", \"value\": \"6Q==\"}}") + "}",
                        Optional.of(new RequestSent(AT, "7", "GET", "http://localhost:9/a",
                                List.of(new Header("X", "\u00e9")), false))),
                Arguments.of("response of a preflight", "network.responseCompleted", "{\"context\": \"c1\","
                        + " \"timestamp\": 1700000000000, " + REQUEST.formatted("OPTIONS", ACRM) + ", \"response\":"
                        + " {\"url\": \"http://localhost:9/a\", \"status\": 204, \"headers\": []}}",
                        Optional.of(new ResponseReceived(AT, "7", "http://localhost:9/a", 204, List.of(), true))),
                Arguments.of("fetch error", "network.fetchError", "{\"context\": \"c1\", \"timestamp\": 1700000000000,"
                        + " \"errorText\": \"NS_ERROR_DOM_BAD_URI\", " + REQUEST.formatted("PUT", "") + "}",
                        Optional.of(new LoadingFailed(AT, "7", "http://localhost:9/a", "NS_ERROR_DOM_BAD_URI", "",
                                ""))),
                Arguments.of("context events are not engine events", "browsingContext.contextCreated",
                        "{\"context\": \"c1\"}", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void mapsBidiEventsToEngineEvents(String name, String method, String params, Optional<EngineEvent> expected) {
        JsonObject json = JsonParser.parseString(params).getAsJsonObject();

        assertThat(BidiEvents.map(method, json)).isEqualTo(expected);
        assertThat(BidiEvents.contextOf(method, json)).contains("c1");
    }

    static Stream<Arguments> subscriptions() {
        return Stream.of(
                Arguments.of(Set.of(), List.of("browsingContext.contextCreated")),
                Arguments.of(Set.of(Capability.CONSOLE), List.of("browsingContext.contextCreated", "log.entryAdded")),
                Arguments.of(Set.of(Capability.CONSOLE, Capability.NETWORK), List.of("browsingContext.contextCreated",
                        "log.entryAdded", "network.beforeRequestSent", "network.responseCompleted",
                        "network.fetchError")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subscriptions")
    void subscribesToWhatItObserves(Set<Capability> observe, List<String> expected) {
        assertThat(BidiEvents.subscriptions(observe)).isEqualTo(expected);
    }
}
