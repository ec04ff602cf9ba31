package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a real Jetty 11 server sends {@code Access-Control-Expose-Headers}, and what it lists. */
class ExposeChecksTests {

    /** A hand-written filter putting every CORS header in the OPTIONS branch; actual calls get the origin only. */
    static JettyTarget exposing(boolean onActual) {
        return JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
                if (onActual || JettyApps.isPreflight(req)) {
                    resp.setHeader("Access-Control-Expose-Headers", "X-Total-Count");
                }
            }
            if (JettyApps.isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                resp.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Cors-Tck");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(204);
                return;
            }
            resp.setHeader("X-Total-Count", "3");
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api());
    }

    @Test
    void exposeHeadersOnlyOnThePreflightWarn() {
        try (JettyTarget t = exposing(false).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "expose.on-actual-response")).as(Attribution.lines(f,
                    "expose.on-actual-response")).contains(Verdict.WARN);
        }
    }

    @Test
    void exposeHeadersOnTheActualResponseToo() {
        try (JettyTarget t = exposing(true).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "expose.on-actual-response")).as(Attribution.lines(f,
                    "expose.on-actual-response")).containsOnly(Verdict.PASS);
        }
    }

    @Test
    void exposingSetCookieIsReported() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "exposedHeaders", "X-Total-Count,Set-Cookie")
                .servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "expose.set-cookie-never")).as(Attribution.lines(f,
                    "expose.set-cookie-never")).containsOnly(Verdict.INFO);
        }
    }
}
