package dev.corstck.tck.grading;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * A real Jetty 11 server on loopback (the Jetty WireMock brings), configured the way its users configure it: a
 * servlet context, Jetty's own {@code CrossOriginFilter} with its documented init parameters, or a filter written
 * the way hand-rolled CORS code is; and the application's servlets.
 */
final class JettyTarget implements AutoCloseable {

    private final Server server;
    private final ServletContextHandler context;

    private JettyTarget(String contextPath) {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
        server.setHandler(context);
    }

    /** A server whose servlet context lives at {@code contextPath} ({@code /} for the root). */
    static JettyTarget at(String contextPath) {
        return new JettyTarget(contextPath);
    }

    /** Jetty's {@code CrossOriginFilter} on {@code pathSpec}, with these init parameters. */
    JettyTarget crossOriginFilter(String pathSpec, String... params) {
        FilterHolder holder = new FilterHolder(CrossOriginFilter.class);
        Map<String, String> init = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            init.put(params[i], params[i + 1]);
        }
        holder.setInitParameters(init);
        context.addFilter(holder, pathSpec, EnumSet.of(DispatcherType.REQUEST));
        return this;
    }

    /** Any other filter on {@code pathSpec}. */
    JettyTarget filter(String pathSpec, Filter filter) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
        return this;
    }

    /** A servlet on {@code pathSpec}. */
    JettyTarget servlet(String pathSpec, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), pathSpec);
        return this;
    }

    /** A servlet holder (for Jetty's own servlets and their init parameters) on {@code pathSpec}. */
    JettyTarget servlet(String pathSpec, ServletHolder holder) {
        context.addServlet(holder, pathSpec);
        return this;
    }

    /** The context, for configuration these methods do not cover (sessions, resource base). */
    ServletContextHandler context() {
        return context;
    }

    JettyTarget start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not start", e);
        }
        return this;
    }

    /** The server's origin, {@code http://127.0.0.1:PORT}. */
    String origin() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
