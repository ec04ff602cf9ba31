package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Redirects answered by real Jetty 11 servers, judged hop by hop: each mistake is flagged with the rule that names it,
 * and the same redirects made right pass. The CORS layer is Jetty's own {@code CrossOriginFilter} answering preflights
 * itself ({@code chainPreflight=false}), so the redirects concern actual requests only.
 */
class RedirectChecksTests {

    static final String ALLOWED = "http://localhost:3000";

    static final String POLICY = """
            origin: http://localhost:3000
            methods: [GET, PUT]
            allowedHeaders: [Content-Type]
            credentials: true
            endpoints:
              - path: /api/old
                methods: [GET, PUT]
                credentials: include
                body: json
            """;

    static final String PUBLIC_POLICY = """
            origin: http://localhost:3000
            methods: [GET, PUT]
            allowedHeaders: [Content-Type]
            endpoints:
              - path: /api/old
                methods: [GET]
            """;

    /** Jetty's CrossOriginFilter for the policy's origin, on every path unless told otherwise. */
    static JettyTarget cors(JettyTarget t, String pathSpec, String origins, boolean credentials) {
        return t.crossOriginFilter(pathSpec, "allowedOrigins", origins, "allowedMethods", "GET,POST,PUT",
                "allowedHeaders", "Content-Type", "allowCredentials", String.valueOf(credentials),
                "chainPreflight", "false");
    }

    @Test
    void aContextRootRedirectAnsweredBeforeTheCorsFilterFailsTheHop() {
        // Jetty answers /api with a 302 to /api/ itself, before any filter of the context runs.
        try (JettyTarget t = cors(JettyTarget.at("/api"), "/*", ALLOWED, true).servlet("/", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = grade(t, POLICY.replace("/api/old", "/api"));

            assertThat(Attribution.verdicts(f, "redirect.cors-headers-on-hops")).as(lines(f,
                    "redirect.cors-headers-on-hops")).contains(Verdict.FAIL);
        }
    }

    @Test
    void aRedirectBehindTheCorsFilterPassesEveryRedirectRule() {
        try (JettyTarget t = cors(JettyTarget.at("/"), "/*", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(307, r -> "/api/new" + JettyApps.query(r)))
                .servlet("/api/new", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = grade(t, POLICY);

            for (String rule : List.of("redirect.cors-headers-on-hops", "redirect.no-userinfo",
                    "redirect.http-location", "redirect.at-most-20", "redirect.target-answers-preflight")) {
                assertThat(Attribution.verdicts(f, rule)).as(rule + lines(f, rule)).containsOnly(Verdict.PASS);
            }
            assertThat(flagged(f, "redirect.")).isEmpty();
        }
    }

    @Test
    void userinfoInLocationFails() {
        try (JettyTarget t = cors(JettyTarget.at("/"), "/*", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(302, r -> "http://user:secret@" + r.getServerName() + ":"
                        + r.getServerPort() + "/api/new" + JettyApps.query(r)))
                .servlet("/api/new", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = grade(t, POLICY);

            assertThat(Attribution.verdicts(f, "redirect.no-userinfo")).as(lines(f, "redirect.no-userinfo"))
                    .contains(Verdict.FAIL);
            assertThat(Attribution.verdicts(f, "redirect.http-location")).containsOnly(Verdict.PASS);
        }
    }

    @Test
    void aLocationThatIsNotHttpFails() {
        try (JettyTarget t = cors(JettyTarget.at("/"), "/*", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(302, r -> "ftp://" + r.getServerName() + "/api/new"))
                .start()) {
            List<Attribution.Attributed> f = grade(t, POLICY);

            assertThat(Attribution.verdicts(f, "redirect.http-location")).as(lines(f, "redirect.http-location"))
                    .contains(Verdict.FAIL);
        }
    }

    @Test
    void aRedirectLoopFailsAfterTwentyHops() {
        try (JettyTarget t = cors(JettyTarget.at("/"), "/*", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(302, r -> "/api/old" + JettyApps.query(r) + "&hop=1"))
                .start()) {
            List<Attribution.Attributed> f = grade(t, POLICY);

            assertThat(Attribution.verdicts(f, "redirect.at-most-20")).as(lines(f, "redirect.at-most-20"))
                    .contains(Verdict.FAIL);
            assertThat(Attribution.verdicts(f, "redirect.cors-headers-on-hops")).containsOnly(Verdict.PASS);
        }
    }

    @Test
    void aRedirectTargetWithoutCorsFailsItsOwnPreflight() {
        // CORS was configured for the old path only; the endpoint moved to /v2.
        try (JettyTarget t = cors(JettyTarget.at("/"), "/api/old", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(307, r -> "/v2/new" + JettyApps.query(r)))
                .servlet("/v2/new", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = grade(t, POLICY);

            assertThat(Attribution.verdicts(f, "redirect.target-answers-preflight"))
                    .as(lines(f, "redirect.target-answers-preflight")).contains(Verdict.FAIL);
        }
    }

    @Test
    void aCrossOriginRedirectToATargetRefusingNullWarnsAndOneAcceptingItPasses() {
        for (boolean acceptsNull : List.of(false, true)) {
            try (JettyTarget b = cors(JettyTarget.at("/"), "/*", acceptsNull ? "*" : ALLOWED, false)
                    .servlet("/api/new", JettyApps.api()).start();
                 JettyTarget a = cors(JettyTarget.at("/"), "/*", ALLOWED, false)
                         .servlet("/api/old", JettyApps.redirect(307, r -> b.origin() + "/api/new" + JettyApps.query(r)))
                         .start()) {
                List<Attribution.Attributed> f = grade(a, PUBLIC_POLICY);

                assertThat(Attribution.verdicts(f, "redirect.tainted-origin-accepted"))
                        .as(acceptsNull + lines(f, "redirect.tainted-origin-accepted"))
                        .containsOnly(acceptsNull ? Verdict.PASS : Verdict.WARN);
                assertThat(Attribution.verdicts(f, "redirect.cors-headers-on-hops")).containsOnly(Verdict.PASS);
            }
        }
    }

    @Test
    void aPostTurnedIntoGetByA302IsReported() {
        try (JettyTarget t = cors(JettyTarget.at("/"), "/*", ALLOWED, true)
                .servlet("/api/old", JettyApps.redirect(302, r -> "/api/new" + JettyApps.query(r)))
                .servlet("/api/new", JettyApps.api()).start()) {
            List<Attribution.Attributed> f = grade(t, POLICY.replace("methods: [GET, PUT]\n    credentials",
                    "methods: [GET, POST, PUT]\n    credentials"));

            assertThat(Attribution.verdicts(f, "redirect.keeps-method")).as(lines(f, "redirect.keeps-method"))
                    .contains(Verdict.INFO);
        }
    }

    static List<Attribution.Attributed> grade(JettyTarget t, String policyYaml) {
        GradingPolicy policy = ((GradingPolicyFile.Loaded.Valid) GradingPolicyFile.parse(policyYaml, "<test>"))
                .policy();
        return Attribution.grade(GradeRequest.builder(t.origin()).policy(new PolicySource.Declared(policy))
                .browsers(List.of()).build());
    }

    static String lines(List<Attribution.Attributed> f, String rule) {
        return Attribution.lines(f, rule);
    }

    /** The rules with this prefix that got FAIL or WARN. */
    static Set<String> flagged(List<Attribution.Attributed> f, String prefix) {
        return f.stream().filter(a -> a.finding().ruleId().startsWith(prefix) && (a.finding().verdict() == Verdict.FAIL
                || a.finding().verdict() == Verdict.WARN)).map(a -> a.finding().ruleId() + " " + a.finding()
                .scenarioId() + " " + a.finding().actual()).collect(java.util.stream.Collectors.toSet());
    }
}
