package dev.corstck.tck.simulator.replay;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apiguardian.api.API;

/**
 * A real HTTP server on 127.0.0.1 that answers from a {@link ServerScript}, so a browser can be served exactly what
 * the simulator saw; it keeps a journal of every request received (preflights included).
 *
 * <p>Header names go out in the JDK's normalized case (browsers compare names case-insensitively); values with CR or
 * LF cannot be sent and are left out. Start with {@code sun.net.httpserver.nodelay=true} for speed.
 *
 * <p>Besides the script, any path ending in {@value #PAUSE} is a pause and a marker for browser tests: it is
 * journaled, then answered after {@code ?ms=N} milliseconds (at most 20 s) with 204 and
 * {@code Access-Control-Allow-Origin: *}, so a page can let real time pass between fetches and the journal shows where.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScriptedServer implements AutoCloseable {

    /** The path suffix of the pause-and-marker endpoint. */
    public static final String PAUSE = "/.pause";
    private static final long MAX_PAUSE_MS = 20_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RawRequest> journal = new CopyOnWriteArrayList<>();
    private volatile ServerScript script;

    private ScriptedServer(HttpServer server, ExecutorService executor, ServerScript script) {
        this.server = server;
        this.executor = executor;
        this.script = script;
    }

    /** Start on a free loopback port. */
    public static ScriptedServer start(ServerScript script) throws IOException {
        return start(script, 0);
    }

    /** Start on {@code port} of 127.0.0.1 (0 for any free port). */
    public static ScriptedServer start(ServerScript script, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "scripted-server");
            t.setDaemon(true);
            return t;
        });
        ScriptedServer s = new ScriptedServer(http, pool, script);
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answer from {@code newScript} from now on. */
    public void script(ServerScript newScript) {
        this.script = newScript;
    }

    /** Every request received so far, in arrival order. */
    public List<RawRequest> journal() {
        return List.copyOf(journal);
    }

    public void clearJournal() {
        journal.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            RawRequest request = new RawRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + query(exchange), headers(exchange.getRequestHeaders()), body);
            journal.add(request);
            ScriptedResponse t = request.path().endsWith(PAUSE) ? pause(request) : script.answer(request.method(),
                    request.path());
            Headers out = exchange.getResponseHeaders();
            for (HeaderField f : Placeholders.expand(t.headers(), request).fields()) {
                if (f.value().indexOf('\r') < 0 && f.value().indexOf('\n') < 0) {
                    out.add(f.name(), f.value());
                }
            }
            byte[] bytes = t.body().getBytes(StandardCharsets.UTF_8);
            boolean noBody = bytes.length == 0 || request.method().equals("HEAD") || t.status() == 204
                    || t.status() == 304;
            exchange.sendResponseHeaders(t.status(), noBody ? -1 : bytes.length);
            if (!noBody) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(bytes);
                }
            }
        }
    }

    private static ScriptedResponse pause(RawRequest request) {
        String target = request.target();
        int at = target.indexOf("ms=");
        long ms = 0;
        if (at >= 0) {
            String digits = target.substring(at + 3).replaceAll("[^0-9].*$", "");
            ms = digits.isEmpty() || digits.length() > 6 ? 0 : Math.min(Long.parseLong(digits), MAX_PAUSE_MS);
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ScriptedResponse.of(204, "Access-Control-Allow-Origin", "*");
    }

    private static String query(HttpExchange exchange) {
        String q = exchange.getRequestURI().getRawQuery();
        return q == null ? "" : "?" + q;
    }

    private static HeaderList headers(Headers h) {
        List<HeaderField> list = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : h.entrySet()) {
            e.getValue().forEach(v -> list.add(new HeaderField(e.getKey(), v)));
        }
        return new HeaderList(list);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
