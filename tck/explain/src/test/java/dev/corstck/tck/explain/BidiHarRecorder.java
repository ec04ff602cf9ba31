package dev.corstck.tck.explain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drive Debian's Firefox ESR over WebDriver BiDi (no geckodriver), run fetches in a page, and build a HAR 1.2 log
 * from its {@code network.beforeRequestSent}, {@code network.responseStarted} (response headers, also of a
 * preflight Firefox then fails), {@code network.responseCompleted} and {@code network.fetchError}
 * events, plus the console lines ({@code log.entryAdded}) Firefox wrote: its own reason for each block.
 */
final class BidiHarRecorder implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    /** What BiDi said about one request id. */
    private static final class Req {
        String method = "";
        String url = "";
        Instant at = Instant.now();
        JsonArray headers = new JsonArray();
        int status;
        String statusText = "";
        JsonArray responseHeaders = new JsonArray();
        String error;
    }

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Req> requests = new LinkedHashMap<>();
    private final List<String> console = new ArrayList<>();
    private final String context;
    private String version = "";

    BidiHarRecorder(Path firefox, Path workDir) throws Exception {
        profile = Files.createTempDirectory(workDir, "ff-har-");
        Files.writeString(profile.resolve("user.js"), String.join("\n",
                "user_pref(\"app.update.disabledForTesting\", true);", "user_pref(\"app.normandy.enabled\", false);",
                "user_pref(\"messaging-system.rsexperimentloader.enabled\", false);",
                "user_pref(\"services.settings.server\", \"\");", "user_pref(\"toolkit.telemetry.server\", \"\");",
                "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
                "user_pref(\"network.captive-portal-service.enabled\", false);",
                "user_pref(\"network.connectivity-service.enabled\", false);",
                "user_pref(\"dom.push.connection.enabled\", false);",
                "user_pref(\"browser.safebrowsing.update.enabled\", false);", ""));
        process = new ProcessBuilder(firefox.toString(), "--headless", "--remote-debugging-port=0", "--profile",
                profile.toString(), "--no-remote").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String endpoint = awaitEndpoint();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint + "/session"),
                new Listener()).get(20, TimeUnit.SECONDS);
        JsonObject caps = send("session.new", JsonParser.parseString(
                "{\"capabilities\":{\"alwaysMatch\":{\"acceptInsecureCerts\":true}}}").getAsJsonObject());
        version = caps.getAsJsonObject("capabilities").get("browserVersion").getAsString();
        send("session.subscribe", JsonParser.parseString("{\"events\":[\"network.beforeRequestSent\","
                + "\"network.responseStarted\",\"network.responseCompleted\",\"network.fetchError\",\"log.entryAdded\"]}").getAsJsonObject());
        context = send("browsingContext.getTree", new JsonObject()).getAsJsonArray("contexts").get(0)
                .getAsJsonObject().get("context").getAsString();
    }

    private String awaitEndpoint() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 30_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "firefox-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Firefox did not print its BiDi endpoint");
    }

    String version() {
        return version;
    }

    /** Load {@code url} in the tab and wait for it. */
    void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("context", context);
        p.addProperty("url", url);
        p.addProperty("wait", "complete");
        send("browsingContext.navigate", p);
    }

    /** Evaluate an async expression in the page and return its string result. */
    String evaluate(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("expression", expression);
        JsonObject target = new JsonObject();
        target.addProperty("context", context);
        p.add("target", target);
        p.addProperty("awaitPromise", true);
        JsonObject r = send("script.evaluate", p);
        JsonObject result = r.getAsJsonObject("result");
        return result != null && result.has("value") ? result.get("value").getAsString() : r.toString();
    }

    private JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.addProperty("id", id);
        msg.addProperty("method", method);
        msg.add("params", params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject reply = f.get(30, TimeUnit.SECONDS);
        if (!"success".equals(reply.get("type").getAsString())) {
            throw new IOException(method + " failed: " + reply);
        }
        return reply.getAsJsonObject("result");
    }

    private synchronized void onEvent(String method, JsonObject p) {
        if (method.equals("log.entryAdded")) {
            console.add(p.has("text") ? p.get("text").getAsString() : "");
            return;
        }
        JsonObject request = p.getAsJsonObject("request");
        Req r = requests.computeIfAbsent(request.get("request").getAsString(), k -> new Req());
        switch (method) {
            case "network.beforeRequestSent" -> {
                r.method = request.get("method").getAsString();
                r.url = request.get("url").getAsString();
                r.headers = pairs(request.getAsJsonArray("headers"));
                r.at = p.has("timestamp") ? Instant.ofEpochMilli(p.get("timestamp").getAsLong()) : Instant.now();
            }
            case "network.responseStarted", "network.responseCompleted" -> {
                JsonObject response = p.getAsJsonObject("response");
                r.status = response.get("status").getAsInt();
                r.statusText = response.has("statusText") ? response.get("statusText").getAsString() : "";
                r.responseHeaders = pairs(response.getAsJsonArray("headers"));
            }
            case "network.fetchError" -> r.error = p.get("errorText").getAsString();
            default -> { }
        }
    }

    /** The HAR log of the requests to {@code urlPrefixes}, in the order Firefox announced them. */
    synchronized JsonObject har(List<String> urlPrefixes) {
        JsonArray entries = new JsonArray();
        for (Req r : requests.values()) {
            if (urlPrefixes.stream().noneMatch(r.url::startsWith)) {
                continue;
            }
            JsonObject e = new JsonObject();
            e.addProperty("startedDateTime", r.at.toString());
            e.addProperty("time", 0);
            JsonObject request = new JsonObject();
            request.addProperty("method", r.method);
            request.addProperty("url", r.url);
            request.addProperty("httpVersion", "HTTP/1.1");
            request.add("headers", r.headers);
            request.add("cookies", new JsonArray());
            request.add("queryString", new JsonArray());
            request.addProperty("headersSize", -1);
            request.addProperty("bodySize", -1);
            e.add("request", request);
            JsonObject response = new JsonObject();
            response.addProperty("status", r.status);
            response.addProperty("statusText", r.statusText);
            response.addProperty("httpVersion", r.status > 0 ? "HTTP/1.1" : "");
            response.add("headers", r.responseHeaders);
            response.add("cookies", new JsonArray());
            JsonObject content = new JsonObject();
            content.addProperty("size", 0);
            content.addProperty("mimeType", "");
            response.add("content", content);
            response.addProperty("redirectURL", "");
            response.addProperty("headersSize", -1);
            response.addProperty("bodySize", -1);
            if (r.error != null) {
                response.addProperty("_error", r.error);
            }
            e.add("response", response);
            e.add("cache", new JsonObject());
            e.add("timings", JsonParser.parseString("{\"send\":0,\"wait\":0,\"receive\":0}"));
            entries.add(e);
        }
        JsonObject log = new JsonObject();
        log.addProperty("version", "1.2");
        log.add("creator", JsonParser.parseString("{\"name\":\"cors-tck BiDi recorder\",\"version\":\"1\","
                + "\"comment\":\"HAR built from Firefox WebDriver BiDi network events\"}"));
        JsonObject browser = new JsonObject();
        browser.addProperty("name", "Firefox");
        browser.addProperty("version", version);
        log.add("browser", browser);
        log.add("pages", new JsonArray());
        log.add("entries", entries);
        JsonObject root = new JsonObject();
        root.add("log", log);
        return root;
    }

    synchronized List<String> console() {
        return List.copyOf(console);
    }

    private static JsonArray pairs(JsonArray bidiHeaders) {
        JsonArray out = new JsonArray();
        if (bidiHeaders == null) {
            return out;
        }
        for (JsonElement h : bidiHeaders) {
            JsonObject o = h.getAsJsonObject();
            JsonObject pair = new JsonObject();
            pair.addProperty("name", o.get("name").getAsString());
            pair.addProperty("value", o.getAsJsonObject("value").get("value").getAsString());
            out.add(pair);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            send("browser.close", new JsonObject());
        } catch (Exception ignored) {
            // the process is ended below either way
        }
        socket.abort();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject msg = JsonParser.parseString(buffer.toString()).getAsJsonObject();
                buffer.setLength(0);
                if (msg.has("id") && pending.containsKey(msg.get("id").getAsInt())) {
                    pending.remove(msg.get("id").getAsInt()).complete(msg);
                } else if (msg.has("method")) {
                    onEvent(msg.get("method").getAsString(), msg.getAsJsonObject("params"));
                }
            }
            ws.request(1);
            return null;
        }
    }
}
