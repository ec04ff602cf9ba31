package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A preflight to the actual request's URL, query included, on a real Jetty 11 server: a hand-written filter that looks
 * preflights up by the bare request target in a route table (so {@code /api/x?page=2} is no route of its) lets the
 * OPTIONS through to the servlet, which answers it without CORS headers; Jetty's {@code CrossOriginFilter} matches on
 * the path.
 */
@Exercises("preflight.same-url")
class SameUrlProbeTests {

    @Test
    void aPreflightRoutedByPathAndQueryWarns() {
        List<String> routes = List.of("/api/x");
        try (JettyTarget t = JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            String target = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            if (ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
            }
            if (JettyApps.isPreflight(req) && routes.contains(target)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                resp.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Cors-Tck");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(204);
                return;
            }
            if (JettyApps.isPreflight(req)) {
                resp.reset();
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, SameUrlProbe.RULE)).as(Attribution.lines(f, SameUrlProbe.RULE))
                    .containsOnly(Verdict.WARN);
        }
    }

    @Test
    void jettyAnswersThePreflightWithItsQuery() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, SameUrlProbe.RULE)).as(Attribution.lines(f, SameUrlProbe.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }
}
