package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a real Jetty 11 server spells its preflight allow-lists. The mistakes come from hand-written CORS filters as
 * tutorials show them (a fixed header set on OPTIONS); the correct lists from Jetty's own {@code CrossOriginFilter}.
 */
@Exercises({"preflight.acam-exact-case", "preflight.wildcard-literal-with-credentials"})
class PreflightListChecksTests {

    /** A hand-written filter: OPTIONS answered 204 with fixed lists; actual calls get the origin and credentials. */
    static JettyTarget handWritten(String methods, String headers) {
        return JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
            }
            if (JettyApps.isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", methods);
                resp.setHeader("Access-Control-Allow-Headers", headers);
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api());
    }

    @Test
    void aLowercaseMethodListFailsForTheMethodsBrowsersUppercase() {
        try (JettyTarget t = handWritten("get, post, put, delete", "Content-Type, X-Cors-Tck").start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "preflight.acam-exact-case")).as(Attribution.lines(f,
                    "preflight.acam-exact-case")).contains(Verdict.FAIL);
        }
    }

    @Test
    void jettyListsMethodsAsBrowsersSendThem() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "preflight.acam-exact-case")).as(Attribution.lines(f,
                    "preflight.acam-exact-case")).containsOnly(Verdict.PASS);
            assertThat(Attribution.verdicts(f, "preflight.wildcard-literal-with-credentials"))
                    .containsOnly(Verdict.PASS);
        }
    }

    @Test
    void wildcardListsWithCredentialsFail() {
        try (JettyTarget t = handWritten("*", "*").start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "preflight.wildcard-literal-with-credentials")).as(Attribution.lines(f,
                    "preflight.wildcard-literal-with-credentials")).contains(Verdict.FAIL);
        }
    }
}
