package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Preflight caching asked for the HTTP way on a real Jetty 11 server: a hand-written filter that answers OPTIONS with
 * {@code Cache-Control: max-age=86400} and no {@code Access-Control-Max-Age}, against Jetty's {@code CrossOriginFilter},
 * which sends {@code Access-Control-Max-Age}.
 */
@Exercises("preflight-cache.not-cache-control")
class PreflightCacheHeadersTests {

    @Test
    void cacheControlInsteadOfMaxAgeWarns() {
        try (JettyTarget t = JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
            }
            if (JettyApps.isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                resp.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Cors-Tck");
                resp.setHeader("Cache-Control", "public, max-age=86400");
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightCacheHeaders.RULE)).as(Attribution.lines(f,
                    PreflightCacheHeaders.RULE)).containsOnly(Verdict.WARN);
        }
    }

    @Test
    void jettysMaxAgePasses() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightCacheHeaders.RULE)).as(Attribution.lines(f,
                    PreflightCacheHeaders.RULE)).containsOnly(Verdict.PASS);
        }
    }
}
