package dev.corstck.harness.firefox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineEvent.Header;
import dev.corstck.harness.engine.EngineId.Capability;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps WebDriver BiDi events onto {@link EngineEvent}s: {@code log.entryAdded} to console lines (Firefox's
 * "Cross-Origin Request Blocked … (Reason: …)" arrives this way), and the {@code network.*} events to requests,
 * responses and failures.
 */
final class BidiEvents {

    /** The events a driver observing {@code observe} subscribes to; context creation is always needed for routing. */
    static List<String> subscriptions(Set<Capability> observe) {
        List<String> events = new ArrayList<>(List.of("browsingContext.contextCreated"));
        if (observe.contains(Capability.CONSOLE)) {
            events.add("log.entryAdded");
        }
        if (observe.contains(Capability.NETWORK)) {
            events.addAll(List.of("network.beforeRequestSent", "network.responseCompleted", "network.fetchError"));
        }
        return List.copyOf(events);
    }

    private BidiEvents() {}

    /** Return the browsing context an event belongs to, if it names one. */
    static Optional<String> contextOf(String method, JsonObject params) {
        JsonObject holder = method.equals("log.entryAdded") ? object(params, "source") : params;
        return Optional.of(text(holder, "context")).filter(c -> !c.isEmpty());
    }

    /** Map one event; empty for events that are not engine events (e.g. {@code browsingContext.*}). */
    static Optional<EngineEvent> map(String method, JsonObject params) {
        Instant at = params.has("timestamp") ? Instant.ofEpochMilli(params.get("timestamp").getAsLong())
                : Instant.now();
        return switch (method) {
            case "log.entryAdded" -> Optional.of(new EngineEvent.Console(at, text(params, "level"),
                    text(params, "text")));
            case "network.beforeRequestSent" -> Optional.of(requestSent(at, object(params, "request")));
            case "network.responseCompleted" -> Optional.of(responseReceived(at, params));
            case "network.fetchError" -> Optional.of(new EngineEvent.LoadingFailed(at,
                    text(object(params, "request"), "request"), text(object(params, "request"), "url"),
                    text(params, "errorText"), "", ""));
            default -> Optional.empty();
        };
    }

    private static EngineEvent requestSent(Instant at, JsonObject request) {
        List<Header> headers = headers(request);
        return new EngineEvent.RequestSent(at, text(request, "request"), text(request, "method"),
                text(request, "url"), headers, isPreflight(text(request, "method"), headers));
    }

    private static EngineEvent responseReceived(Instant at, JsonObject params) {
        JsonObject request = object(params, "request");
        JsonObject response = object(params, "response");
        int status = response.has("status") ? response.get("status").getAsInt() : 0;
        return new EngineEvent.ResponseReceived(at, text(request, "request"), text(response, "url"), status,
                headers(response), isPreflight(text(request, "method"), headers(request)));
    }

    /** A CORS-preflight request is an OPTIONS carrying {@code Access-Control-Request-Method}; fetch#cors-preflight-fetch. */
    static boolean isPreflight(String method, List<Header> headers) {
        return method.equals("OPTIONS")
                && headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Access-Control-Request-Method"));
    }

    /** Read BiDi {@code network.Header}s, whose values are {@code {type: string|base64, value}}. */
    static List<Header> headers(JsonObject holder) {
        List<Header> headers = new ArrayList<>();
        if (holder.has("headers") && holder.get("headers").isJsonArray()) {
            for (JsonElement e : holder.getAsJsonArray("headers")) {
                JsonObject h = e.getAsJsonObject();
                headers.add(new Header(text(h, "name"), bytesValue(object(h, "value"))));
            }
        }
        return List.copyOf(headers);
    }

    private static String bytesValue(JsonObject value) {
        String v = text(value, "value");
        return text(value, "type").equals("base64")
                ? new String(Base64.getDecoder().decode(v), StandardCharsets.ISO_8859_1) : v;
    }

    private static JsonObject object(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonObject() ? o.getAsJsonObject(member) : new JsonObject();
    }

    static String text(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonPrimitive() ? o.get(member).getAsString() : "";
    }
}
