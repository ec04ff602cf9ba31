package dev.corstck.reference.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reference.policy.CorsPolicy;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter in a real Jetty 12 (ee10) server, reached over loopback HTTP. */
class CorsFilterTests {

    private static final String APP = "https://app.localhost";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SERVLET_CALLS = new AtomicInteger();
    private static Server server;
    private static String base;

    @BeforeAll
    static void startJetty() throws Exception {
        CorsPolicy policy = CorsPolicy.builder().origins(APP).methods("GET", "PUT").allowedHeaders("Authorization")
                .exposedHeaders("X-Request-Id").credentials(true).maxAge(600).build();
        server = jetty(new FilterHolder(new CorsFilter(policy)));
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stopJetty() throws Exception {
        server.stop();
    }

    @Test
    void allowedOriginGetsExactOriginAndVaryMergedWithTheApplications() throws Exception {
        HttpResponse<String> r = get("/api/data", APP);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).hasValue("X-Request-Id");
        assertThat(r.headers().allValues("Vary")).containsExactly("Accept-Encoding, Origin");
    }

    @Test
    void disallowedOriginReachesTheServletWithoutCorsHeaders() throws Exception {
        HttpResponse<String> r = get("/api/data", "https://evil.example");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(r.headers().allValues("Vary")).containsExactly("Accept-Encoding, Origin");
    }

    @Test
    void preflightIsAnsweredByTheFilterAndNeverReachesTheServlet() throws Exception {
        int before = SERVLET_CALLS.get();

        HttpResponse<String> r = preflight(APP, "authorization");

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,PUT");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization");
        assertThat(r.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(SERVLET_CALLS.get()).isEqualTo(before);
    }

    @Test
    void preflightFromAnotherOriginIsRefusedWith403() throws Exception {
        HttpResponse<String> r = preflight("https://app.localhost.evil.example", "authorization");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void errorPagesKeepTheCorsHeaders() throws Exception {
        HttpResponse<String> r = get("/api/unauthorized", APP);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        // Jetty's sendError drops Vary with the other content headers; its error page is no-store, so no cache keeps it.
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void containerCreatedFilterReadsThePolicyFileInitParam(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cors.yaml"), "origin: [\"http://localhost:3000\"]\n");
        FilterHolder holder = new FilterHolder(CorsFilter.class);
        holder.setInitParameter(CorsFilter.POLICY_FILE_PARAM, file.toString());
        Server fromFile = jetty(holder);
        try {
            String url = "http://127.0.0.1:" + ((ServerConnector) fromFile.getConnectors()[0]).getLocalPort();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/data"))
                    .header("Origin", "http://localhost:3000"));

            assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly("http://localhost:3000");
        } finally {
            fromFile.stop();
        }
    }

    @Test
    void initWithoutPolicyOrWithAnInvalidFileFailsWithTheProblems(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "origin: \"*\"\ncredentials: true\n");

        assertThatThrownBy(() -> new CorsFilter().init(config(null))).isInstanceOf(ServletException.class)
                .hasMessageContaining("set the init-param policyFile");
        assertThatThrownBy(() -> new CorsFilter().init(config(bad.toString()))).isInstanceOf(ServletException.class)
                .hasMessageContaining("bad.yaml:1:9: origin '*' cannot be combined with credentials");
    }

    private static Server jetty(FilterHolder filter) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addServlet(new ServletHolder(new DemoServlet()), "/api/*");
        jetty.setHandler(context);
        jetty.start();
        return jetty;
    }

    private static HttpResponse<String> get(String path, String origin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin));
    }

    private static HttpResponse<String> preflight(String origin, String headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/items/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", headers));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static FilterConfig config(String policyFile) {
        return new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getInitParameter(String name) {
                return CorsFilter.POLICY_FILE_PARAM.equals(name) ? policyFile : null;
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.emptyEnumeration();
            }
        };
    }

    /** An application that sets its own Vary after the filter ran, and fails with sendError. */
    static final class DemoServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            SERVLET_CALLS.incrementAndGet();
            if (req.getRequestURI().endsWith("/unauthorized")) {
                resp.sendError(401);
                return;
            }
            resp.setHeader("Vary", "Accept-Encoding");
            resp.setHeader("X-Request-Id", "r1");
            resp.setContentType("application/json");
            resp.getWriter().write("{\"ok\":true}");
        }

        @Override
        protected void doOptions(HttpServletRequest req, HttpServletResponse resp)
                throws IOException, jakarta.servlet.ServletException {
            SERVLET_CALLS.incrementAndGet();
            super.doOptions(req, resp);
        }
    }
}
