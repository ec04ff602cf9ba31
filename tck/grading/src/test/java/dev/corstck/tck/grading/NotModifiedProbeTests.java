package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revalidations of a static JSON file served by Jetty 11's {@code DefaultServlet} (ETag and Last-Modified, 304 on a
 * match): behind {@code CrossOriginFilter} the 304 keeps the CORS headers; from a cache in front of the CORS layer,
 * answering revalidations itself, it has none.
 */
class NotModifiedProbeTests {

    private static Path root;

    @BeforeAll
    static void files() throws IOException {
        root = Files.createTempDirectory("cors-tck-static");
        Files.createDirectories(root.resolve("api"));
        Files.writeString(root.resolve("api/x"), "{\"ok\":true}");
    }

    @AfterAll
    static void clean() throws IOException {
        Files.deleteIfExists(root.resolve("api/x"));
        Files.deleteIfExists(root.resolve("api"));
        Files.deleteIfExists(root);
    }

    static ServletHolder files(Path base) {
        ServletHolder holder = new ServletHolder(DefaultServlet.class);
        holder.setInitParameter("resourceBase", base.toString());
        holder.setInitParameter("etags", "true");
        return holder;
    }

    @Test
    void aNotModifiedAnswerWithTheCorsHeadersPasses() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/", files(root)).start()) {
            List<Attribution.Attributed> f = grade(t);

            assertThat(Attribution.verdicts(f, NotModifiedProbe.RULE)).as(Attribution.lines(f, NotModifiedProbe.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }

    @Test
    void aNotModifiedAnswerWithoutThemWarns() {
        // A cache in front of the application (here an outer filter) answers revalidations from the ETag it stored,
        // without running the CORS filter behind it.
        java.util.Map<String, String> etags = new java.util.concurrent.ConcurrentHashMap<>();
        JettyTarget target = JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            String stored = etags.get(req.getRequestURI());
            if (stored != null && stored.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(304);
                resp.setHeader("ETag", stored);
                return;
            }
            chain.doFilter(req, resp);
            if (resp.getHeader("ETag") != null) {
                etags.put(req.getRequestURI(), resp.getHeader("ETag"));
            }
        }));
        try (JettyTarget t = JettyGrading.jettyCors(target).servlet("/", files(root)).start()) {
            List<Attribution.Attributed> f = grade(t);

            assertThat(Attribution.verdicts(f, NotModifiedProbe.RULE)).as(Attribution.lines(f, NotModifiedProbe.RULE))
                    .containsOnly(Verdict.WARN);
        }
    }

    private static List<Attribution.Attributed> grade(JettyTarget t) {
        return JettyGrading.grade(t, """
                origin: http://localhost:3000
                methods: [GET]
                endpoints:
                  - path: /api/x
                    methods: [GET]
                """);
    }
}
