package app;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/** Serves the certification app with Vert.x Web's {@link CorsHandler}, chosen by {@code CORS_CONFIG}. */
public final class Main {

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");

        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // The CORS handler goes first, on every route, as the Vert.x Web docs show.
        router.route().handler(corsHandler(config));
        router.route("/api/data").handler(Main::json);
        router.route("/api/items").handler(Main::json);
        router.get("/health").handler(ctx -> ctx.response().putHeader("Content-Type", "text/plain").end("ok"));

        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(router)
                .listen()
                .onSuccess(s -> System.out.println("vertx " + config + " listening on 127.0.0.1:" + s.actualPort()))
                .onFailure(e -> { e.printStackTrace(); System.exit(1); });
    }

    static CorsHandler corsHandler(String config) {
        return switch (config) {
            // CorsHandler.create() with nothing else: any origin, '*', no methods, ACRH echoed.
            case "default" -> CorsHandler.create();
            case "documented" -> CorsHandler.create()
                    .addOrigins(List.of("https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"))
                    .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE))
                    .allowedHeaders(Set.of("Content-Type", "Authorization", "X-Request-Id"))
                    .exposedHeaders(Set.of("X-Total-Count"))
                    .allowCredentials(true)
                    .maxAgeSeconds(600);
            default -> throw new IllegalArgumentException("unknown CORS_CONFIG " + config);
        };
    }

    static void json(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Total-Count", "2")
                .end("{\"ok\":true}");
    }
}
