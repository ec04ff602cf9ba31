package dev.corstck.examples.jetty;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * A small JSON API on Jetty 12, with CORS handled by Jetty's own {@link CrossOriginHandler}, configured the way its
 * Javadoc describes: the front end's origins (regular expressions, so dots are escaped), the methods and request headers
 * the front end uses, one exposed header, credentials (the session cookie), and a 10-minute preflight cache.
 */
public final class JettyApiServer implements AutoCloseable {

    /** The front-end origins, as CrossOriginHandler patterns (regular expressions, dots escaped). */
    static final Set<String> ORIGINS = Set.of("https://app\\.localhost", "http://localhost:3000");

    private final Server server;

    private JettyApiServer(Server server) {
        this.server = server;
    }

    /** Start the API on {@code host} and {@code port} ({@code 0} picks a free port). */
    public static JettyApiServer start(String host, int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(cors(new ApiHandler()));
        server.start();
        return new JettyApiServer(server);
    }

    static CrossOriginHandler cors(ApiHandler api) {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(ORIGINS);
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Authorization"));
        cors.setExposedHeaders(Set.of("X-Request-Id"));
        cors.setAllowCredentials(true);
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        cors.setHandler(api);
        return cors;
    }

    /** The API's base URL, {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        URI uri = server.getURI();
        return "http://" + uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
