package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jetty 11's {@code CrossOriginFilter} with {@code allowedHeaders=*} echoes {@code Access-Control-Request-Headers}
 * into {@code Access-Control-Allow-Headers} and sends {@code Vary: Origin} only: its preflight answer follows a request
 * header that {@code Vary} does not name. With a fixed header list the answer does not follow it.
 */
@Exercises("http-cache.preflight-vary")
class PreflightVaryTests {

    @Test
    void reflectedRequestHeadersWithoutVaryAreOnlyInfoWhenNoCacheMayStoreThePreflight() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "allowedHeaders", "*")
                .servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightVary.RULE)).as(Attribution.lines(f, PreflightVary.RULE))
                    .contains(Verdict.INFO).doesNotContain(Verdict.WARN, Verdict.FAIL);
            assertThat(Attribution.lines(f, PreflightVary.RULE)).contains("missing Access-Control-Request-Headers");
        }
    }

    @Test
    void reflectedRequestHeadersWithoutVaryWarnWhenThePreflightIsPubliclyCacheable() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "allowedHeaders", "*")
                .filter("/*", JettyApps.handRolled((req, resp, chain) -> {
                    resp.addHeader("Cache-Control", "public, max-age=600"); // a CDN may store this OPTIONS answer
                    chain.doFilter(req, resp);
                })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightVary.RULE)).as(Attribution.lines(f, PreflightVary.RULE))
                    .contains(Verdict.WARN);
            assertThat(Attribution.lines(f, PreflightVary.RULE)).contains("missing Access-Control-Request-Headers");
        }
    }

    @Test
    void aFixedHeaderListPasses() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightVary.RULE)).as(Attribution.lines(f, PreflightVary.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }

    @Test
    void reflectedRequestHeadersNamedInVaryPass() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "allowedHeaders", "*")
                .filter("/*", JettyApps.handRolled((req, resp, chain) -> {
                    resp.addHeader("Vary", "Access-Control-Request-Headers");
                    chain.doFilter(req, resp);
                })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, PreflightVary.RULE)).as(Attribution.lines(f, PreflightVary.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }
}
