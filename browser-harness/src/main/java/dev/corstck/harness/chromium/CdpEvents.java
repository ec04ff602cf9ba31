package dev.corstck.harness.chromium;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Translate CDP {@code Network.*} and {@code Log.entryAdded} events into {@link EngineEvent}s.
 *
 * <p>A request counts as sent only once {@code Network.requestWillBeSentExtraInfo} reports the headers that went on
 * the wire: Chromium announces the actual request ({@code requestWillBeSent}) even when a failed preflight stops it.
 * The two events may come in either order; they are paired per request ID. Not thread-safe.
 */
final class CdpEvents {

    /** What {@code requestWillBeSent} said about a request: method, URL, preflight flag. */
    private record Announced(String method, String url, boolean preflight, Instant at) {}

    private final Map<String, Deque<Announced>> announced = new HashMap<>();
    private final Map<String, Deque<List<EngineEvent.Header>>> wireHeaders = new HashMap<>();
    private final Map<String, Announced> lastKnown = new HashMap<>();
    private double wallMinusMonotonic = Double.NaN;

    /** Translate one CDP event; return the engine events it yields (often none). */
    List<EngineEvent> translate(String method, JsonObject params) {
        return switch (method) {
            case "Network.requestWillBeSent" -> onAnnounced(params);
            case "Network.requestWillBeSentExtraInfo" -> onWireHeaders(params);
            case "Network.responseReceived" -> List.of(onResponse(params));
            case "Network.loadingFailed" -> List.of(onFailure(params));
            case "Log.entryAdded" -> onLog(params.getAsJsonObject("entry"));
            default -> List.of();
        };
    }

    private List<EngineEvent> onAnnounced(JsonObject p) {
        String id = p.get("requestId").getAsString();
        JsonObject request = p.getAsJsonObject("request");
        if (p.has("wallTime") && p.has("timestamp")) {
            wallMinusMonotonic = p.get("wallTime").getAsDouble() - p.get("timestamp").getAsDouble();
        }
        boolean preflight = p.has("initiator") && "preflight".equals(text(p.getAsJsonObject("initiator"), "type"));
        Announced a = new Announced(text(request, "method"), text(request, "url"), preflight, at(p));
        lastKnown.put(id, a);
        announced.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(a);
        return pair(id);
    }

    private List<EngineEvent> onWireHeaders(JsonObject p) {
        String id = p.get("requestId").getAsString();
        wireHeaders.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(headers(p.getAsJsonObject("headers")));
        return pair(id);
    }

    private List<EngineEvent> pair(String id) {
        Deque<Announced> as = announced.getOrDefault(id, new ArrayDeque<>());
        Deque<List<EngineEvent.Header>> hs = wireHeaders.getOrDefault(id, new ArrayDeque<>());
        List<EngineEvent> out = new ArrayList<>();
        while (!as.isEmpty() && !hs.isEmpty()) {
            Announced a = as.removeFirst();
            out.add(new EngineEvent.RequestSent(a.at(), id, a.method(), a.url(), hs.removeFirst(), a.preflight()));
        }
        return out;
    }

    private EngineEvent onResponse(JsonObject p) {
        String id = p.get("requestId").getAsString();
        JsonObject response = p.getAsJsonObject("response");
        return new EngineEvent.ResponseReceived(at(p), id, text(response, "url"), response.get("status").getAsInt(),
                headers(response.getAsJsonObject("headers")), "Preflight".equals(text(p, "type")));
    }

    private EngineEvent onFailure(JsonObject p) {
        String id = p.get("requestId").getAsString();
        Optional<JsonObject> cors = Optional.ofNullable(p.getAsJsonObject("corsErrorStatus"));
        String url = Optional.ofNullable(lastKnown.get(id)).map(Announced::url).orElse("");
        return new EngineEvent.LoadingFailed(at(p), id, url, text(p, "errorText"),
                cors.map(c -> text(c, "corsError")).orElse(""), cors.map(c -> text(c, "failedParameter")).orElse(""));
    }

    private static List<EngineEvent> onLog(JsonObject entry) {
        Instant at = entry.has("timestamp")
                ? Instant.ofEpochMilli((long) entry.get("timestamp").getAsDouble()) : Instant.now();
        return List.of(new EngineEvent.Console(at, text(entry, "level"), text(entry, "text")));
    }

    /** Convert CDP's monotonic {@code timestamp} (seconds) to wall time, once a {@code wallTime} was seen. */
    private Instant at(JsonObject p) {
        if (p.has("wallTime")) {
            return Instant.ofEpochMilli((long) (p.get("wallTime").getAsDouble() * 1000));
        }
        if (p.has("timestamp") && !Double.isNaN(wallMinusMonotonic)) {
            return Instant.ofEpochMilli((long) ((p.get("timestamp").getAsDouble() + wallMinusMonotonic) * 1000));
        }
        return Instant.now();
    }

    /** Split CDP's header object (duplicates joined with a newline) into header lines. */
    static List<EngineEvent.Header> headers(@Nullable JsonObject object) {
        List<EngineEvent.Header> out = new ArrayList<>();
        if (object == null) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            for (String value : e.getValue().getAsString().split("\n", -1)) {
                out.add(new EngineEvent.Header(e.getKey(), value));
            }
        }
        return out;
    }

    private static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
