package dev.corstck.harness.firefox;

import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineEvent;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Delivers each BiDi event to the session whose browsing context it came from, and nowhere else.
 *
 * <p>A session owns a user context; every browsing context created in it (its tab, and frames inside it) is bound to
 * the session when {@code browsingContext.contextCreated} reports it. Events of unbound contexts (the initial blank
 * tab) are dropped.
 */
final class ContextRouter implements BiConsumer<String, JsonObject> {

    private final Map<String, Queue<EngineEvent>> byUserContext = new ConcurrentHashMap<>();
    private final Map<String, Queue<EngineEvent>> byContext = new ConcurrentHashMap<>();

    /** Route events of every context created from now on in {@code userContext} to {@code sink}. */
    void registerUserContext(String userContext, Queue<EngineEvent> sink) {
        byUserContext.put(userContext, sink);
    }

    /** Route events of {@code context} to {@code sink}. */
    void bind(String context, Queue<EngineEvent> sink) {
        byContext.put(context, sink);
    }

    /** Stop routing to {@code sink}. */
    void unregister(Queue<EngineEvent> sink) {
        byUserContext.values().removeIf(s -> s == sink);
        byContext.values().removeIf(s -> s == sink);
    }

    @Override
    public void accept(String method, JsonObject params) {
        try {
            if (method.equals("browsingContext.contextCreated")) {
                Queue<EngineEvent> sink = byUserContext.get(BidiEvents.text(params, "userContext"));
                if (sink != null) {
                    bind(BidiEvents.text(params, "context"), sink);
                }
                return;
            }
            BidiEvents.contextOf(method, params).map(byContext::get)
                    .ifPresent(sink -> BidiEvents.map(method, params).ifPresent(sink::add));
        } catch (RuntimeException malformed) {
            // An event shaped unlike the BiDi spec must not kill the socket's listener thread; it is dropped.
        }
    }
}
