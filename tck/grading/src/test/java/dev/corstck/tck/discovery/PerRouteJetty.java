package dev.corstck.tck.discovery;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * A real server with CORS configured per route, the way Jetty's documentation configures {@code CrossOriginFilter}:
 * one filter, mapped to {@code /api/items/*} and {@code /api/orders/*}, lets the front end
 * {@code https://app.example.com} (and the Vite dev server {@code http://localhost:5173}) in with credentials; a
 * second filter, mapped to {@code /api/public/*}, lets any origin read it without credentials. Jetty 11.0.26 (the
 * Jetty the kit's WireMock tests already run on; Jetty 12 would replace it on this classpath), in-process, on
 * 127.0.0.1.
 */
public final class PerRouteJetty implements AutoCloseable {

    /** The front end the private routes let in; not among discovery's built-in candidates, so give it as a hint. */
    public static final String FRONT_END = "https://app.example.com";

    /** The private routes: one CORS configuration for both. */
    public static final String ITEMS = "/api/items";
    public static final String ORDERS = "/api/orders";

    /** The public route: its own CORS configuration. */
    public static final String PUBLIC = "/api/public";

    private final Server server;
    private final ServerConnector connector;

    private PerRouteJetty() throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Api()), "/*");

        FilterHolder privateCors = new FilterHolder(CrossOriginFilter.class);
        privateCors.setName("private-cors");
        privateCors.setInitParameter(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, FRONT_END + ",http://localhost:5173");
        privateCors.setInitParameter(CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,PUT,DELETE");
        privateCors.setInitParameter(CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Content-Type,Authorization");
        privateCors.setInitParameter(CrossOriginFilter.EXPOSED_HEADERS_PARAM, "X-Total-Count");
        privateCors.setInitParameter(CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "true");
        privateCors.setInitParameter(CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "600");
        privateCors.setInitParameter(CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        FilterMapping privateRoutes = new FilterMapping();
        privateRoutes.setFilterName("private-cors");
        privateRoutes.setPathSpecs(new String[] {ITEMS + "/*", ORDERS + "/*"});
        privateRoutes.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        context.getServletHandler().addFilter(privateCors, privateRoutes);

        FilterHolder publicCors = new FilterHolder(CrossOriginFilter.class);
        publicCors.setName("public-cors");
        publicCors.setInitParameter(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*");
        publicCors.setInitParameter(CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD");
        publicCors.setInitParameter(CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Content-Type");
        publicCors.setInitParameter(CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false");
        publicCors.setInitParameter(CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "3600");
        publicCors.setInitParameter(CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        context.addFilter(publicCors, PUBLIC + "/*", EnumSet.of(DispatcherType.REQUEST));

        server.setHandler(context);
        server.start();
    }

    /** Start the server on an ephemeral loopback port. */
    public static PerRouteJetty start() {
        try {
            return new PerRouteJetty();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Jetty", e);
        }
    }

    /** Return {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop Jetty", e);
        }
    }

    /** The application: a small JSON answer on every route and method. */
    private static final class Api extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (req.getMethod().equals("OPTIONS")) {
                resp.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                resp.setStatus(204);
                return;
            }
            resp.setStatus(200);
            resp.setContentType("application/json");
            resp.setHeader("X-Total-Count", "1");
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(body.length);
            if (!req.getMethod().equals("HEAD")) {
                resp.getOutputStream().write(body);
            }
        }
    }
}
