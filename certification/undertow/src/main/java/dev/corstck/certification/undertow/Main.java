package dev.corstck.certification.undertow;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.builder.PredicatedHandler;
import io.undertow.server.handlers.builder.PredicatedHandlersParser;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Undertow 2.3 core serving the certification API. Undertow has no CORS handler; CORS comes from the predicate-language
 * recipe {@code cors-handlers.conf} (the text format of {@code undertow-handlers.conf}), parsed by
 * {@link PredicatedHandlersParser} and put in front of the application with {@link Handlers#predicates}.
 * {@code CORS_CONFIG}: {@code documented} ({@code cors-handlers.conf}: one rule set for {@code /api/}) or
 * {@code per-route} ({@code cors-handlers-per-route.conf}: rules per path, {@code /api/public} open to any origin).
 */
public final class Main {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");
    private static final Set<String> PUBLIC_METHODS = Set.of("GET", "HEAD");

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        String file = switch (config) {
            case "documented" -> "/cors-handlers.conf";
            case "per-route" -> "/cors-handlers-per-route.conf";
            default -> {
                System.err.println("CORS_CONFIG must be documented or per-route, not " + config);
                System.exit(2);
                yield null;
            }
        };
        boolean withPublic = config.equals("per-route");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String recipe;
        try (InputStream in = Main.class.getResourceAsStream(file)) {
            recipe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<PredicatedHandler> cors = PredicatedHandlersParser.parse(recipe, Main.class.getClassLoader());
        HttpHandler root = Handlers.predicates(cors, exchange -> api(exchange, withPublic));

        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(root)
                .build();
        server.start();
        System.out.println("undertow " + io.undertow.Version.getVersionString() + " predicate-language CORS ("
                + config + ") on http://127.0.0.1:" + port);
    }

    /**
     * {@code /api/data} and {@code /api/items}: 200 {@code {"ok":true}} with {@code X-Total-Count: 2}; with
     * {@code per-route}, {@code GET /api/public} too; {@code /health}: 200 ok; a wrong method 405; else 404.
     */
    static void api(HttpServerExchange exchange, boolean withPublic) {
        String path = exchange.getRelativePath();
        if (path.equals("/health")) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
            exchange.getResponseSender().send("ok");
        } else if (path.equals("/api/data") || path.equals("/api/items")
                || (withPublic && path.equals("/api/public"))) {
            Set<String> allowed = path.equals("/api/public") ? PUBLIC_METHODS : METHODS;
            if (!allowed.contains(exchange.getRequestMethod().toString())) {
                exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", allowed));
                exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
                exchange.endExchange();
                return;
            }
            exchange.getResponseHeaders().put(new HttpString("X-Total-Count"), "2");
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send("{\"ok\":true}");
        } else {
            exchange.setStatusCode(StatusCodes.NOT_FOUND);
            exchange.endExchange();
        }
    }
}
