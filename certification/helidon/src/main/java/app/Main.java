package app;

import io.helidon.cors.CrossOriginConfig;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.cors.CorsSupport;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Serves the certification app with Helidon SE's {@link CorsSupport} registered before the API service. */
public final class Main {

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        CorsSupport cors = corsSupport(config);

        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                // CorsSupport first, then the service it covers: Helidon runs them in that order.
                .routing(routing -> routing
                        .register("/api", cors, new ApiService())
                        .get("/health", (req, res) -> res.send("ok")))
                .build()
                .start();
        System.out.println("helidon " + config + " listening on 127.0.0.1:" + server.port());
    }

    static CorsSupport corsSupport(String config) {
        return switch (config) {
            // CrossOriginConfig.create(): allow-origins *, allow-methods *, allow-headers *, no credentials, max-age 3600.
            case "default" -> CorsSupport.builder().addCrossOrigin(CrossOriginConfig.create()).build();
            case "documented" -> CorsSupport.builder()
                    .addCrossOrigin(CrossOriginConfig.builder()
                            .allowOrigins("https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173")
                            .allowMethods("GET", "POST", "PUT", "DELETE")
                            .allowHeaders("Content-Type", "Authorization", "X-Request-Id")
                            .exposeHeaders("X-Total-Count")
                            .allowCredentials(true)
                            .maxAgeSeconds(600)
                            .build())
                    .build();
            default -> throw new IllegalArgumentException("unknown CORS_CONFIG " + config);
        };
    }

    /** /api/data and /api/items for every method. */
    static final class ApiService implements HttpService {
        @Override
        public void routing(HttpRules rules) {
            rules.any("/data", ApiService::json).any("/items", ApiService::json);
        }

        static void json(ServerRequest req, ServerResponse res) {
            res.headers().contentType(MediaTypes.APPLICATION_JSON);
            res.header("X-Total-Count", "2");
            res.send("{\"ok\":true}");
        }
    }
}
