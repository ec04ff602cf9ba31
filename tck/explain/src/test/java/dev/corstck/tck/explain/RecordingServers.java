package dev.corstck.tck.explain;

import com.sun.net.httpserver.HttpServer;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loopback servers a recording uses: a blank page on 127.0.0.1:P (reached as {@code http://localhost:P}, and as
 * {@code http://127.0.0.1:P} for the localhost-vs-127 case) and one reference target per case, each allowing the
 * page's two origins under the demo policy's other options (then made wrong by the case's mistake profile).
 */
final class RecordingServers implements AutoCloseable {

    private final HttpServer page;
    private final Map<String, EmbeddedTarget> targets = new LinkedHashMap<>();

    RecordingServers(List<RecordingCase> cases) throws IOException {
        page = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        page.createContext("/", exchange -> {
            byte[] html = "<!doctype html><title>explain recording</title><p>cors-tck HAR recording page</p>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        });
        page.start();
        CorsPolicy policy = CorsPolicy.builder().origins(pageOrigin(), ipPageOrigin())
                .methods("GET", "POST", "PUT", "DELETE").allowedHeaders("Content-Type", "Authorization")
                .exposedHeaders("X-Request-Id").credentials(true).maxAge(600).build();
        for (RecordingCase c : cases) {
            targets.put(c.name(), EmbeddedTarget.builder().policy(policy).profile(c.profile()).start());
        }
    }

    String pageOrigin() {
        return "http://localhost:" + page.getAddress().getPort();
    }

    String ipPageOrigin() {
        return "http://127.0.0.1:" + page.getAddress().getPort();
    }

    String pageFor(RecordingCase c) {
        return c.fromIpPage() ? ipPageOrigin() : pageOrigin();
    }

    String urlOf(RecordingCase c) {
        return targets.get(c.name()).baseUrl() + c.path();
    }

    List<String> urls() {
        return new ArrayList<>(targets.values().stream().map(EmbeddedTarget::baseUrl).toList());
    }

    @Override
    public void close() {
        targets.values().forEach(EmbeddedTarget::close);
        page.stop(0);
    }
}
