package dev.corstck.tck.grading;

import static dev.corstck.tck.grading.JettyGrading.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code Access-Control-Request-Headers} in another form than browsers send it: Jetty 11's {@code CrossOriginFilter}
 * splits, trims and ignores case; a hand-written filter that splits the raw value on commas and looks the pieces up
 * in a lowercase set grants the browser form only.
 */
@Exercises("preflight.tolerant-acrh")
class TolerantAcrhProbeTests {

    @Test
    void jettyGrantsEveryForm() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/")).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, TolerantAcrhProbe.RULE)).as(Attribution.lines(f,
                    TolerantAcrhProbe.RULE)).containsOnly(Verdict.PASS);
        }
    }

    @Test
    void aFilterMatchingOnlyTheBrowserFormWarns() {
        Set<String> allowed = Set.of("content-type", "x-cors-tck");
        try (JettyTarget t = JettyTarget.at("/").filter("/*", JettyApps.handRolled((req, resp, chain) -> {
            if (ALLOWED.equals(req.getHeader("Origin"))) {
                resp.setHeader("Access-Control-Allow-Origin", ALLOWED);
                resp.setHeader("Access-Control-Allow-Credentials", "true");
                resp.setHeader("Vary", "Origin");
            }
            if (JettyApps.isPreflight(req)) {
                String acrh = req.getHeader("Access-Control-Request-Headers");
                if (acrh == null || allowed.containsAll(Arrays.asList(acrh.split(",")))) {
                    resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
                    resp.setHeader("Access-Control-Allow-Headers", acrh == null ? "" : acrh);
                    resp.setHeader("Access-Control-Max-Age", "600");
                }
                resp.setStatus(204);
                return;
            }
            chain.doFilter(req, resp);
        })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, TolerantAcrhProbe.RULE)).as(Attribution.lines(f,
                    TolerantAcrhProbe.RULE)).containsOnly(Verdict.WARN);
        }
    }
}
