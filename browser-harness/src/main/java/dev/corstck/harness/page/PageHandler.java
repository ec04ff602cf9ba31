package dev.corstck.harness.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Serve the blank page, the opaque-origin host page, the sandboxed frame, the glue and a same-origin echo. */
final class PageHandler implements HttpHandler {

    private record Resource(String contentType, byte[] bytes) {}

    private final Map<String, Resource> resources = Map.of(
            "/", load("page.html", "text/html; charset=utf-8"),
            PagePaths.PAGE, load("page.html", "text/html; charset=utf-8"),
            PagePaths.OPAQUE_HOST, load("opaque.html", "text/html; charset=utf-8"),
            PagePaths.FRAME, load("frame.html", "text/html; charset=utf-8"),
            PagePaths.GLUE, load("glue.js", "text/javascript; charset=utf-8"),
            PagePaths.ECHO, new Resource("text/plain; charset=utf-8", "echo".getBytes(StandardCharsets.UTF_8)));

    private static Resource load(String name, String contentType) {
        try (InputStream in = PageHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/corstck/harness/page/" + name);
            }
            return new Resource(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the glue script's source, for engines that inject it instead of loading it. */
    static String glueSource() {
        return new String(load("glue.js", "").bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            exchange.getRequestBody().readAllBytes();
            Resource resource = resources.get(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (resource == null) {
                // Favicons and anything else: an empty 404 that no page waits on.
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", resource.contentType());
            exchange.getResponseHeaders().set("X-Echo", "same-origin");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : resource.bytes().length);
            if (!head) {
                exchange.getResponseBody().write(resource.bytes());
            }
        } finally {
            exchange.close();
        }
    }
}
