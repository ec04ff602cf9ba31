package dev.corstck.tck.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A well-behaved CORS target on the JDK's HttpServer: preflights get 204 with the CORS headers, other requests 200
 * with the request path as body; {@code X-Client-Port} shows the server-side view of connection reuse.
 */
final class JdkTarget implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    JdkTarget() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.createContext("/", JdkTarget::handle);
        server.setExecutor(executor);
        server.start();
    }

    ProbeTarget target() {
        return new ProbeTarget("http", "127.0.0.1", server.getAddress().getPort());
    }

    static void handle(HttpExchange exchange) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        var headers = exchange.getResponseHeaders();
        headers.add("X-Client-Port", Integer.toString(exchange.getRemoteAddress().getPort()));
        if (origin != null) {
            headers.add("Access-Control-Allow-Origin", origin);
            headers.add("Vary", "Origin");
        }
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            headers.add("Access-Control-Allow-Methods", "GET, PUT, DELETE");
            headers.add("Access-Control-Allow-Headers", "content-type, authorization");
            exchange.sendResponseHeaders(204, -1);
        } else {
            byte[] body = exchange.getRequestURI().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
