package dev.corstck.harness.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's CORS API on loopback: {@code /ok} (ACAO *), {@code /blocked} (no CORS headers), {@code /put}
 * (preflight allowed with {@code Access-Control-Max-Age: 0}, so every call preflights).
 */
final class BenchTarget implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    BenchTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::answer);
        server.setExecutor(pool);
        server.start();
    }

    /** Return {@code http://localhost:<port>}, cross-origin to a 127.0.0.1 page. */
    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange ex) throws IOException {
        try {
            ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith("/blocked")) {
                ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            }
            if (ex.getRequestMethod().equals("OPTIONS")) {
                ex.getResponseHeaders().set("Access-Control-Allow-Methods", "PUT");
                ex.getResponseHeaders().set("Access-Control-Allow-Headers", "x-tck");
                ex.getResponseHeaders().set("Access-Control-Max-Age", "0");
                ex.sendResponseHeaders(204, -1);
                return;
            }
            byte[] body = "{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
