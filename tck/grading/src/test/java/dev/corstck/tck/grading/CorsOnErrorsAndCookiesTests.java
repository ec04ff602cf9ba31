package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules the main job's targets never get decided, each on a real Jetty 11 server: CORS headers on error statuses
 * ({@code AcaoPresence}), a CORS answer chosen by a cookie ({@code CookieProbes}), and a max-age above what browsers
 * honour ({@code PreflightCacheChecks}). Each mistake comes from a setup users write, beside the setup that is right.
 */
class CorsOnErrorsAndCookiesTests {

    /** A hand-written filter decorating successful answers only (as nginx's add_header without always does). */
    static JettyTarget decoratingSuccessOnly() {
        return JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (JettyApps.isPreflight(req) && ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                resp.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Cors-Tck");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setHeader("Vary", "Origin");
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
            if (ALLOWED.equals(req.getHeader("Origin")) && resp.getStatus() < 400 && !resp.isCommitted()) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
            }
        }));
    }

    /** A PUT the application refuses for want of a login: 401, a small JSON body. */
    static JettyApps.HandRolled unauthorizedPut() {
        return (req, resp, c) -> {
            resp.setStatus(req.getMethod().equals("PUT") ? 401 : 200);
            resp.setContentType("application/json");
            resp.getWriter().write("{}");
        };
    }

    @Test
    void corsHeadersOnSuccessOnlyWarnOnTheErrorStatus() {
        try (JettyTarget t = decoratingSuccessOnly().servlet("/api/x", JettyApps.answering(unauthorizedPut()))
                .start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "cors-check.error-statuses")).as(Attribution.lines(f,
                    "cors-check.error-statuses")).contains(Verdict.WARN);
        }
    }

    @Test
    void jettysFilterKeepsTheCorsHeadersOnTheErrorStatus() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"))
                .servlet("/api/x", JettyApps.answering(unauthorizedPut())).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "cors-check.error-statuses")).as(Attribution.lines(f,
                    "cors-check.error-statuses")).containsOnly(Verdict.PASS);
        }
    }

    /** Credentialed CORS only for a browser holding a session cookie; {@code vary} adds Vary: Cookie. */
    static JettyTarget corsForSessionsOnly(boolean vary) {
        return JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            boolean session = req.getHeader("Cookie") != null;
            if (ALLOWED.equals(req.getHeader("Origin")) && (session || JettyApps.isPreflight(req))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
            }
            resp.setHeader("Vary", vary ? "Origin, Cookie" : "Origin");
            if (JettyApps.isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                resp.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Cors-Tck");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api());
    }

    @Test
    void aCorsAnswerChosenByTheCookieWithoutVaryCookieFails() {
        try (JettyTarget t = corsForSessionsOnly(false).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "http-cache.vary-cookie")).as(Attribution.lines(f,
                    "http-cache.vary-cookie")).containsOnly(Verdict.FAIL);
        }
    }

    @Test
    void aCorsAnswerChosenByTheCookieWithVaryCookiePasses() {
        try (JettyTarget t = corsForSessionsOnly(true).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "http-cache.vary-cookie")).as(Attribution.lines(f,
                    "http-cache.vary-cookie")).containsOnly(Verdict.PASS);
        }
    }

    @Test
    void aMaxAgeBrowsersClampIsReported() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "preflightMaxAge", "86400")
                .servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY.replace("maxAge: 600",
                    "maxAge: 86400"));

            assertThat(Attribution.verdicts(f, "preflight-cache.max-age-portable")).containsOnly(Verdict.INFO);
        }
    }
}
