package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corstck.harness.engine.EngineEvent;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class ContextRouterTests {

    private final ContextRouter router = new ContextRouter();
    private final Queue<EngineEvent> a = new ConcurrentLinkedQueue<>();
    private final Queue<EngineEvent> b = new ConcurrentLinkedQueue<>();

    @Test
    void routesFramesCreatedInAUserContextToItsSession() {
        router.registerUserContext("uc-a", a);
        router.registerUserContext("uc-b", b);
        router.accept("browsingContext.contextCreated", json("{\"context\": \"frame\", \"userContext\": \"uc-a\"}"));

        router.accept("log.entryAdded", log("frame"));

        assertThat(a).hasSize(1);
        assertThat(b).isEmpty();
    }

    @Test
    void dropsEventsOfUnknownOrUnregisteredContexts() {
        router.bind("tab", a);
        router.accept("log.entryAdded", log("initial-blank-tab"));
        router.unregister(a);
        router.accept("log.entryAdded", log("tab"));

        assertThat(a).isEmpty();
    }

    @Test
    void survivesMalformedEvents() {
        router.bind("tab", a);
        router.accept("network.responseCompleted", json("{\"context\": \"tab\", \"response\": {\"status\": \"x\"}}"));
        router.accept("log.entryAdded", log("tab"));

        assertThat(a).hasSize(1);
    }

    private static JsonObject log(String context) {
        return json("{\"level\": \"error\", \"text\": \"t\", \"source\": {\"context\": \"" + context + "\"}}");
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
