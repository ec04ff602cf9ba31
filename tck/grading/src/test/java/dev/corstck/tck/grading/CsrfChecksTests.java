package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Form-shaped POSTs from an origin the policy refuses, to a real Jetty 11 server behind its {@code CrossOriginFilter}.
 * The filter adds no CORS headers for that origin and lets the request through, as CORS layers do; what the
 * application then answers is what the check sees.
 */
@Exercises("security.csrf-simple-request")
class CsrfChecksTests {

    static final String POLICY = """
            origin: http://localhost:3000
            methods: [GET, POST]
            allowedHeaders: [Content-Type]
            credentials: true
            endpoints:
              - path: /api/items
                methods: [POST]
                credentials: include
                body: json
              - path: /api/forms
                methods: [POST]
                credentials: include
                body: form
            """;

    /** An application that creates an item from whatever body arrives. */
    static JettyTarget acceptingAnything() {
        return JettyGrading.jettyCors(JettyTarget.at("/"))
                .servlet("/api/items", JettyApps.answering((req, resp, chain) -> resp.setStatus(201)))
                .servlet("/api/forms", JettyApps.answering((req, resp, chain) -> resp.setStatus(201)));
    }

    @Test
    void anEndpointThatAcceptsAFormShapedPostFromAnyOriginIsReportedNeverWarned() {
        try (JettyTarget t = acceptingAnything().start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, POLICY);

            assertThat(verdicts(f, "api-items")).as(Attribution.lines(f, CsrfChecks.RULE)).containsOnly(Verdict.INFO);
            assertThat(verdicts(f, "api-forms")).as("clients post forms there: CORS cannot tell")
                    .containsOnly(Verdict.INFO);
        }
    }

    @Test
    void anEndpointRequiringJsonRefusesFormShapedPostsAndPasses() {
        try (JettyTarget t = JettyGrading.jettyCors(JettyTarget.at("/"))
                .servlet("/api/items", JettyApps.answering((req, resp, chain) -> resp.setStatus(
                        String.valueOf(req.getContentType()).startsWith("application/json") ? 201 : 415)))
                .servlet("/api/forms", JettyApps.answering((req, resp, chain) -> resp.setStatus(
                        ALLOWED_ONLY.equals(req.getHeader("Sec-Fetch-Site")) ? 201 : 403))).start()) {
            List<Attribution.Attributed> f = JettyGrading.grade(t, POLICY);

            assertThat(verdicts(f, "api-items")).as(Attribution.lines(f, CsrfChecks.RULE)).containsOnly(Verdict.PASS);
            assertThat(verdicts(f, "api-forms")).containsOnly(Verdict.PASS);
        }
    }

    private static final String ALLOWED_ONLY = "same-origin";

    private static java.util.Set<Verdict> verdicts(List<Attribution.Attributed> f, String endpoint) {
        return f.stream().filter(a -> a.finding().ruleId().equals(CsrfChecks.RULE.id()) && a.check().equals("CsrfChecks")
                && a.finding().scenarioId().startsWith(endpoint + ".")).map(a -> a.finding().verdict())
                .collect(Collectors.toSet());
    }
}
