package dev.corstck.harness.firefox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.corstck.harness.engine.EngineException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A WebDriver BiDi client over {@link WebSocket}: commands carry an id and complete a future with their
 * {@code result}; events go to one sink. When the socket closes, every pending command fails at once.
 */
final class BidiConnection implements AutoCloseable {

    private final AtomicLong nextId = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final BiConsumer<String, JsonObject> events;
    private final Object sendLock = new Object();
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
    private volatile String closedBecause = "";
    private volatile @Nullable WebSocket socket;

    private BidiConnection(BiConsumer<String, JsonObject> events) {
        this.events = events;
    }

    /** Create the HTTP client for {@link #connect}; its first creation in a JVM is slow, so start it early. */
    static HttpClient newClient() {
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /** Connect to {@code url}; {@code events} receives each event's method and params on the socket's thread. */
    static BidiConnection connect(HttpClient client, URI url, Duration timeout, BiConsumer<String, JsonObject> events)
            throws EngineException {
        BidiConnection connection = new BidiConnection(events);
        try {
            connection.socket = client.newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(url, connection.new Receiver()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return connection;
        } catch (ExecutionException | TimeoutException e) {
            throw new EngineException("cannot connect to WebDriver BiDi at " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while connecting to " + url, e);
        }
    }

    /** Send {@code method} and wait at most {@code timeout} for its result. */
    JsonObject call(String method, JsonObject params, Duration timeout) throws EngineException {
        CompletableFuture<JsonObject> result = send(method, params);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(false);
            throw new EngineException(method + " did not answer within " + timeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof EngineException ee ? ee
                    : new EngineException(method + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for " + method, e);
        }
    }

    /** Send {@code method}; the future fails with an {@link EngineException} on a BiDi error or a closed socket. */
    CompletableFuture<JsonObject> send(String method, JsonObject params) {
        long id = nextId.incrementAndGet();
        CompletableFuture<JsonObject> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> pending.remove(id));
        pending.put(id, result);
        JsonObject command = new JsonObject();
        command.addProperty("id", id);
        command.addProperty("method", method);
        command.add("params", params);
        if (!closedBecause.isEmpty()) {
            result.completeExceptionally(new EngineException(method + ": " + closedBecause));
            return result;
        }
        // WebSocket allows one outstanding send at a time: chain them.
        synchronized (sendLock) {
            lastSend = lastSend.handle((r, e) -> null)
                    .thenCompose(x -> socket.sendText(command.toString(), true))
                    .whenComplete((ws, e) -> {
                        if (e != null) {
                            result.completeExceptionally(new EngineException(method + " could not be sent: " + e, e));
                        }
                    });
        }
        return result;
    }

    /** Answer whether the socket is still open. */
    boolean isOpen() {
        return closedBecause.isEmpty();
    }

    /** Close the socket and fail whatever is pending; never throws. */
    @Override
    public void close() {
        failAll("the BiDi connection was closed");
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    private void failAll(String reason) {
        if (closedBecause.isEmpty()) {
            closedBecause = reason;
        }
        pending.values().forEach(f -> f.completeExceptionally(new EngineException(reason)));
    }

    private void dispatch(String text) {
        JsonObject message;
        try {
            message = JsonParser.parseString(text).getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException e) {
            return; // Not a BiDi message; nothing waits for it.
        }
        String type = message.has("type") ? message.get("type").getAsString() : "";
        if (type.equals("event")) {
            events.accept(message.get("method").getAsString(), message.getAsJsonObject("params"));
        } else if (message.has("id") && !message.get("id").isJsonNull()) {
            complete(message.get("id").getAsLong(), type, message);
        }
    }

    private void complete(long id, String type, JsonObject message) {
        CompletableFuture<JsonObject> result = pending.get(id);
        if (result == null) {
            return;
        }
        if (type.equals("success")) {
            result.complete(message.getAsJsonObject("result"));
        } else {
            result.completeExceptionally(new EngineException("BiDi error " + text(message, "error") + ": "
                    + text(message, "message")));
        }
    }

    private static String text(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonPrimitive() ? o.get(member).getAsString() : "";
    }

    /** Reassembles text frames into messages and reports closing. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            failAll("the BiDi connection closed (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            failAll("the BiDi connection failed: " + error);
        }
    }
}
