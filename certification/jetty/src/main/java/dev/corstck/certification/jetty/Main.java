package dev.corstck.certification.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty 12 core (no servlets) serving the certification API behind {@link CrossOriginHandler}, configured as its
 * Javadoc and the Jetty Programming Guide describe. {@code CORS_CONFIG}: {@code documented} (every option of the
 * declared policy set), {@code per-route} (one CrossOriginHandler per path under a {@link PathMappingsHandler}) or
 * {@code default} (only the allowed origins set, every other option at its default).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        Handler root = switch (config) {
            case "documented" -> wrap(documented(), new Api(false));
            case "per-route" -> perRoute();
            case "default" -> wrap(defaults(), new Api(false));
            default -> {
                System.err.println("CORS_CONFIG must be documented, per-route or default, not " + config);
                System.exit(2);
                yield null;
            }
        };

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(root);
        server.start();
        System.out.println("jetty " + Server.getVersion() + " CrossOriginHandler (" + config + ") on http://127.0.0.1:"
                + connector.getLocalPort());
        server.join();
    }

    private static Handler wrap(CrossOriginHandler cors, Handler child) {
        cors.setHandler(child);
        return cors;
    }

    /**
     * {@code per-route}: a {@link PathMappingsHandler} routes {@code /api/data} and {@code /api/items} through a
     * CrossOriginHandler for the declared policy and {@code /api/public} through one that lets any origin read it
     * without credentials; every other path reaches the application without CORS.
     */
    static Handler perRoute() {
        CrossOriginHandler open = new CrossOriginHandler();
        open.setAllowedOriginPatterns(Set.of("*"));
        open.setAllowedMethods(Set.of("GET"));
        open.setAllowedHeaders(Set.of("Content-Type", "Authorization", "X-Request-Id"));
        open.setExposedHeaders(Set.of("X-Total-Count"));
        open.setAllowCredentials(false);
        open.setPreflightMaxAge(Duration.ofSeconds(600));

        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from("/api/data"), wrap(documented(), new Api(true)));
        routes.addMapping(PathSpec.from("/api/items"), wrap(documented(), new Api(true)));
        routes.addMapping(PathSpec.from("/api/public"), wrap(open, new Api(true)));
        routes.addMapping(PathSpec.from("/"), new Api(true));
        return routes;
    }

    /** The declared policy (certification/policy.yaml): origins are anchored regular expressions, dots escaped. */
    static CrossOriginHandler documented() {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.of(
                "https://app\\.localhost", "http://localhost:5173", "http://127\\.0\\.0\\.1:5173"));
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Authorization", "X-Request-Id"));
        cors.setExposedHeaders(Set.of("X-Total-Count"));
        cors.setAllowCredentials(true);
        cors.setPreflightMaxAge(Duration.ofSeconds(600));
        return cors;
    }

    /**
     * Only the origins, as a user who just wants the front end let in writes it. Jetty 12.1's defaults then apply:
     * credentials not allowed, methods GET, POST and HEAD, request header Content-Type only, no exposed headers,
     * preflight max age 60 s. (With nothing set at all, no origin is allowed.)
     */
    static CrossOriginHandler defaults() {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.of(
                "https://app\\.localhost", "http://localhost:5173", "http://127\\.0\\.0\\.1:5173"));
        return cors;
    }

    /**
     * {@code /api/data} and {@code /api/items}: 200 {@code {"ok":true}} with {@code X-Total-Count: 2}; with
     * {@code per-route}, {@code GET /api/public} too; {@code /health}: 200 ok; a wrong method 405; else 404.
     */
    static final class Api extends Handler.Abstract {
        private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");
        private static final Set<String> PUBLIC_METHODS = Set.of("GET", "HEAD");

        private final boolean withPublic;

        Api(boolean withPublic) {
            this.withPublic = withPublic;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getCanonicalPath();
            if (path.equals("/health")) {
                write(response, callback, "text/plain", "ok");
            } else if (path.equals("/api/data") || path.equals("/api/items")
                    || (withPublic && path.equals("/api/public"))) {
                Set<String> allowed = path.equals("/api/public") ? PUBLIC_METHODS : METHODS;
                if (!allowed.contains(request.getMethod())) {
                    response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
                    Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
                    return true;
                }
                response.getHeaders().put("X-Total-Count", "2");
                write(response, callback, "application/json", "{\"ok\":true}");
            } else {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
            return true;
        }

        private static void write(Response response, Callback callback, String type, String body) {
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        }
    }
}
