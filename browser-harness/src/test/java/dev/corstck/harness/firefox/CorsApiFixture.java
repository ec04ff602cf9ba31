package dev.corstck.harness.firefox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two real loopback servers for driver tests: a blank page on {@code http://127.0.0.1:A} and an API on
 * {@code http://localhost:B} whose CORS answers each test sets per path. The API records every request it gets, so a
 * test sees what the browser sent even when JavaScript may not read the answer.
 */
public final class CorsApiFixture implements AutoCloseable {

    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "cors-api-fixture");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CorsAnswer> answers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> log = new CopyOnWriteArrayList<>();
    private final HttpServer page;
    private final HttpServer api;

    public CorsApiFixture() throws IOException {
        page = start(this::servePage);
        api = start(this::serveApi);
    }

    /** The page origin's blank page, {@code http://127.0.0.1:A/}. */
    public URI pageUrl() {
        return URI.create("http://127.0.0.1:" + page.getAddress().getPort() + "/");
    }

    public String pageOrigin() {
        return "http://127.0.0.1:" + page.getAddress().getPort();
    }

    /** Answer {@code path} on the API with {@code answer}; return its URL on {@code http://localhost:B}. */
    public URI answer(String path, CorsAnswer answer) {
        answers.put(path, answer);
        return apiUrl(path);
    }

    /** The API URL that sets the cookies {@code tck_plain} and {@code tck_none} first-party when navigated to. */
    public URI setCookieUrl() {
        return apiUrl("/set-cookie");
    }

    /** Return the requests the API got on {@code path}, in arrival order. */
    public List<RecordedRequest> requests(String path) {
        return log.stream().filter(r -> r.path().equals(path)).toList();
    }

    private URI apiUrl(String path) {
        return URI.create("http://localhost:" + api.getAddress().getPort() + path);
    }

    private void servePage(HttpExchange ex) throws IOException {
        respond(ex, 200, "text/html", "<!doctype html><title>page</title><p>page");
    }

    private void serveApi(HttpExchange ex) throws IOException {
        log.add(record(ex));
        String path = ex.getRequestURI().getPath();
        if (path.equals("/set-cookie")) {
            ex.getResponseHeaders().add("Set-Cookie", "tck_plain=1; Path=/");
            ex.getResponseHeaders().add("Set-Cookie", "tck_none=1; Path=/; SameSite=None; Secure");
            respond(ex, 200, "text/html", "<!doctype html><title>cookie set</title>");
            return;
        }
        CorsAnswer answer = answers.getOrDefault(path, CorsAnswer.none());
        boolean preflight = ex.getRequestMethod().equals("OPTIONS")
                && ex.getRequestHeaders().containsKey("Access-Control-Request-Method");
        addCorsHeaders(ex, answer, preflight);
        respond(ex, preflight ? 204 : 200, "text/plain", preflight ? "" : "hello from " + path);
    }

    private static void addCorsHeaders(HttpExchange ex, CorsAnswer answer, boolean preflight) {
        Headers h = ex.getResponseHeaders();
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (answer.allowOrigin()) {
            h.add("Access-Control-Allow-Origin", origin == null ? "*" : origin);
            h.add("Vary", "Origin");
        }
        if (answer.allowCredentials()) {
            h.add("Access-Control-Allow-Credentials", "true");
        }
        if (preflight) {
            addIfSet(h, "Access-Control-Allow-Methods", answer.allowMethods());
            addIfSet(h, "Access-Control-Allow-Headers", answer.allowHeaders());
            addIfSet(h, "Access-Control-Max-Age", answer.maxAge());
        }
    }

    private static void addIfSet(Headers h, String name, String value) {
        if (!value.isEmpty()) {
            h.add(name, value);
        }
    }

    private static RecordedRequest record(HttpExchange ex) throws IOException {
        try (InputStream body = ex.getRequestBody()) {
            body.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return new RecordedRequest(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers);
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpServer start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                handler.handle(ex);
            }
        });
        server.setExecutor(pool);
        server.start();
        return server;
    }

    @Override
    public void close() {
        page.stop(0);
        api.stop(0);
        pool.shutdownNow();
    }

    /** All requests, for failure messages. */
    public List<RecordedRequest> all() {
        return new ArrayList<>(log);
    }
}
