package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.junit.jupiter.api.Test;

/**
 * The session cookie a real Jetty 11 server sets on a credentialed cross-site CORS call (page
 * {@code http://localhost:3000}, API {@code http://127.0.0.1:PORT}: different sites): Jetty's default session cookie
 * has no {@code SameSite}, so Chromium treats it as Lax and never sends it back on a cross-site fetch.
 */
class CookieChecksTests {

    static JettyTarget withSession() {
        return JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.answering((req, resp, c) -> {
            req.getSession(true).setAttribute("seen", Boolean.TRUE);
            resp.setContentType("application/json");
            resp.getWriter().write("{}");
        }));
    }

    @Test
    void jettysDefaultSessionCookieWarns() {
        try (JettyTarget t = withSession().start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, CookieChecks.RULE)).as(Attribution.lines(f, CookieChecks.RULE))
                    .contains(Verdict.WARN);
        }
    }

    @Test
    void aSessionCookieWithSameSiteNoneAndSecurePasses() {
        JettyTarget target = withSession();
        target.context().getSessionHandler().setSameSite(HttpCookie.SameSite.NONE);
        target.context().getSessionHandler().getSessionCookieConfig().setSecure(true);
        try (JettyTarget t = target.start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, CookieChecks.RULE)).as(Attribution.lines(f, CookieChecks.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }
}
