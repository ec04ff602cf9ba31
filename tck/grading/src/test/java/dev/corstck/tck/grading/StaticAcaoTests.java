package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A public API on a real Jetty 11 server answering {@code Access-Control-Allow-Origin: *}: a hand-written filter that
 * sends it only when the request has {@code Origin} (a common guard) and no {@code Vary}, against one that sends it on
 * every response, as Fetch advises.
 */
class StaticAcaoTests {

    static final String PUBLIC = """
            origin: "*"
            methods: [GET]
            endpoints:
              - path: /api/x
                methods: [GET]
            """;

    static JettyTarget star(boolean always) {
        return JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (always || req.getHeader("Origin") != null) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
            }
            if (JettyApps.isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET");
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api());
    }

    @Test
    void starOnlyWhenOriginIsSentWarns() {
        try (JettyTarget t = star(false).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, PUBLIC);

            assertThat(Attribution.verdicts(f, StaticAcao.RULE)).as(Attribution.lines(f, StaticAcao.RULE))
                    .containsOnly(Verdict.WARN);
        }
    }

    @Test
    void starOnEveryResponsePasses() {
        try (JettyTarget t = star(true).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, PUBLIC);

            assertThat(Attribution.verdicts(f, StaticAcao.RULE)).as(Attribution.lines(f, StaticAcao.RULE))
                    .containsOnly(Verdict.PASS);
        }
    }
}
