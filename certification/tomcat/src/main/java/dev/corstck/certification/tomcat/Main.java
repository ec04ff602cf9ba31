package dev.corstck.certification.tomcat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.filters.CorsFilter;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Embedded Tomcat 11 serving the certification API behind {@link CorsFilter}, configured by its init-params as the
 * Tomcat configuration reference ("Container Provided Filters", "CORS Filter") describes; the filter definition and
 * mapping are the embedded equivalent of the {@code <filter>}/{@code <filter-mapping>} a {@code web.xml} holds.
 * {@code CORS_CONFIG}: {@code documented} (every option of the declared policy set, one filter on {@code /*}),
 * {@code per-route} (one filter for {@code /api/data} and {@code /api/items}, another for {@code /api/public}) or
 * {@code default} (only
 * {@code cors.allowed.origins} set, every other init-param at its documented default).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        if (!Set.of("documented", "per-route", "default").contains(config)) {
            System.err.println("CORS_CONFIG must be documented, per-route or default, not " + config);
            System.exit(2);
        }

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat-certification").toString());
        Connector connector = new Connector();
        connector.setProperty("address", "127.0.0.1");
        connector.setPort(port);
        tomcat.setConnector(connector);

        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "api", new ApiServlet());
        context.addServletMappingDecoded("/api/data", "api");
        context.addServletMappingDecoded("/api/items", "api");
        Tomcat.addServlet(context, "health", new HealthServlet());
        context.addServletMappingDecoded("/health", "health");

        switch (config) {
            case "documented" -> addCorsFilter(context, "CorsFilter", documented(), "/*");
            case "default" -> addCorsFilter(context, "CorsFilter", defaults(), "/*");
            default -> {
                // per-route: one CorsFilter per route, each with its own init-params and url-pattern mapping.
                Tomcat.addServlet(context, "public", new PublicServlet());
                context.addServletMappingDecoded("/api/public", "public");
                addCorsFilter(context, "ApiCorsFilter", documented(), "/api/data", "/api/items");
                addCorsFilter(context, "PublicCorsFilter", open(), "/api/public");
            }
        }

        tomcat.start();
        System.out.println("tomcat " + org.apache.catalina.util.ServerInfo.getServerNumber() + " CorsFilter (" + config
                + ") on http://127.0.0.1:" + connector.getLocalPort());
        tomcat.getServer().await();
    }

    /** A {@code <filter>} of class CorsFilter with these init-params, and its {@code <filter-mapping>}. */
    private static void addCorsFilter(Context context, String name, Map<String, String> initParams,
            String... urlPatterns) {
        FilterDef cors = new FilterDef();
        cors.setFilterName(name);
        cors.setFilterClass(CorsFilter.class.getName());
        initParams.forEach(cors::addInitParameter);
        context.addFilterDef(cors);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName(name);
        for (String pattern : urlPatterns) {
            mapping.addURLPattern(pattern);
        }
        context.addFilterMap(mapping);
        System.out.println(name + " " + String.join(",", urlPatterns) + " " + initParams);
    }

    /** {@code /api/public} in {@code per-route}: any origin may read it, without credentials. */
    static Map<String, String> open() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cors.allowed.origins", "*");
        params.put("cors.allowed.methods", "GET");
        params.put("cors.allowed.headers", "Content-Type,Authorization,X-Request-Id");
        params.put("cors.exposed.headers", "X-Total-Count");
        params.put("cors.support.credentials", "false");
        params.put("cors.preflight.maxage", "600");
        return params;
    }

    /** The declared policy (certification/policy.yaml) as CorsFilter init-params. */
    static Map<String, String> documented() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cors.allowed.origins", "https://app.localhost,http://localhost:5173,http://127.0.0.1:5173");
        params.put("cors.allowed.methods", "GET,POST,PUT,DELETE");
        params.put("cors.allowed.headers", "Content-Type,Authorization,X-Request-Id");
        params.put("cors.exposed.headers", "X-Total-Count");
        params.put("cors.support.credentials", "true");
        params.put("cors.preflight.maxage", "600");
        return params;
    }

    /**
     * Only the origins, as a user who just wants the front end let in writes it. The documented defaults then apply:
     * cors.allowed.methods GET,POST,HEAD,OPTIONS; cors.allowed.headers
     * Origin,Accept,X-Requested-With,Content-Type,Access-Control-Request-Method,Access-Control-Request-Headers;
     * cors.exposed.headers none; cors.support.credentials false; cors.preflight.maxage 1800. (With no
     * cors.allowed.origins at all, no origin is allowed.)
     */
    static Map<String, String> defaults() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cors.allowed.origins", "https://app.localhost,http://localhost:5173,http://127.0.0.1:5173");
        return params;
    }

    /** {@code /api/data} and {@code /api/items}: 200 {@code {"ok":true}} with {@code X-Total-Count: 2}. */
    static final class ApiServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ok(resp);
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ok(resp);
        }

        @Override
        protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ok(resp);
        }

        @Override
        protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ok(resp);
        }

        static void ok(HttpServletResponse resp) throws IOException {
            resp.setStatus(200);
            resp.setHeader("X-Total-Count", "2");
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write("{\"ok\":true}");
        }
    }

    /** {@code GET /api/public} (per-route): 200 {@code {"ok":true}} with {@code X-Total-Count: 2}. */
    static final class PublicServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ApiServlet.ok(resp);
        }
    }

    /** {@code /health}: 200 ok. */
    static final class HealthServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().write("ok");
        }
    }
}
