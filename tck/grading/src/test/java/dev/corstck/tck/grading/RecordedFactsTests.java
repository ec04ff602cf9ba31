package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The INFO rules, each shown on a real Jetty 11 server configured the way that produces the fact: reported as INFO,
 * never graded, and absent where the fact is absent.
 */
// No main-job target trusts null without credentials: this test shows Jetty's defaults doing it.
@Exercises({
        "corp.nosniff-json",
        "corp.value-valid",
        "origin.null-handling",
        "policy.endpoint-status",
        "policy.options-success-status",
        "preflight.private-network-access",
        "preflight.recognised-by-acrm",
        "security.null-origin-trusted",
        "tao.timing-allow-origin"})
class RecordedFactsTests {

    static final String PUBLIC_POLICY = """
            origin: http://localhost:3000
            methods: [GET]
            endpoints:
              - path: /api/x
                methods: [GET]
            """;

    @Test
    void jettyReflectingEveryOriginLetsNullInAndTimingThrough() {
        // CrossOriginFilter's defaults: allowedOrigins=*, which it answers by echoing the origin, null included.
        try (JettyTarget t = JettyTarget.at("/").crossOriginFilter("/*", "allowCredentials", "false",
                "allowedTimingOrigins", "*").servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, PUBLIC_POLICY);

            assertThat(Attribution.verdicts(f, "origin.null-handling")).containsOnly(Verdict.INFO);
            assertThat(Attribution.verdicts(f, "security.null-origin-trusted")).containsOnly(Verdict.INFO);
            assertThat(Attribution.verdicts(f, "tao.timing-allow-origin")).containsOnly(Verdict.INFO);
        }
    }

    @Test
    void aPreflightTheCorsFilterNeverSeesIsAnsweredAsAPlainOptions() {
        // CrossOriginFilter mapped on another path: the servlet's own OPTIONS answer (200, Allow) reaches the browser.
        try (JettyTarget t = JettyTarget.at("/").crossOriginFilter("/other/*", "allowedOrigins",
                JettyGrading.ALLOWED).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "preflight.recognised-by-acrm")).as(Attribution.lines(f,
                    "preflight.recognised-by-acrm")).containsOnly(Verdict.INFO);
        }
    }

    @Test
    void aPrivateNetworkGrantIsRecorded() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"))
                .filter("/*", JettyApps.handRolled((req, resp, chain) -> {
                    resp.setHeader("Access-Control-Allow-Private-Network", "true");
                    chain.doFilter(req, resp);
                })).servlet("/api/x", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "preflight.private-network-access")).containsOnly(Verdict.INFO);
            assertThat(Attribution.verdicts(f, "preflight.recognised-by-acrm")).isEmpty();
        }
    }

    @Test
    void statusesOtherThanThePolicyFileSaysAreReported() {
        // Jetty's CrossOriginFilter answers preflights 200; the policy's optionsSuccessStatus is 204. The API wants a
        // login the probe does not have, and answers 401.
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"), "chainPreflight", "false")
                .servlet("/api/x", JettyApps.answering((req, resp, c) -> resp.setStatus(401))).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "policy.options-success-status")).containsOnly(Verdict.INFO);
            assertThat(Attribution.verdicts(f, "policy.endpoint-status")).containsOnly(Verdict.INFO);
        }
    }

    @Test
    void aMisspelledResourcePolicyAndUnguardedJsonAreReported() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"))
                .servlet("/api/x", JettyApps.answering((req, resp, c) -> {
                    resp.setHeader("Cross-Origin-Resource-Policy", "same-orign");
                    resp.setContentType("text/html");
                    resp.getWriter().write("{\"secret\":1}");
                })).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "corp.value-valid")).containsOnly(Verdict.INFO);
            assertThat(Attribution.verdicts(f, "corp.nosniff-json")).containsOnly(Verdict.INFO);
        }
    }

    @Test
    void aValidResourcePolicyAndGuardedJsonAreNotReported() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"))
                .servlet("/api/x", JettyApps.answering((req, resp, c) -> {
                    resp.setHeader("Cross-Origin-Resource-Policy", "same-site");
                    resp.setHeader("X-Content-Type-Options", "nosniff");
                    resp.setContentType("application/json");
                    resp.getWriter().write("{\"secret\":1}");
                })).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, JettyGrading.POLICY);

            assertThat(Attribution.verdicts(f, "corp.value-valid")).isEmpty();
            assertThat(Attribution.verdicts(f, "corp.nosniff-json")).isEmpty();
            assertThat(Attribution.verdicts(f, "origin.null-handling")).isEmpty();
        }
    }
}
