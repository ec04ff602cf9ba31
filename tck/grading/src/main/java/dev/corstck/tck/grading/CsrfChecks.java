package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SecurityRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.FormPosts;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery through CORS-safelisted requests (S-05): a form-shaped POST from an origin the policy
 * does not allow reaches the application without a preflight, whatever CORS answers (see
 * fetch#cors-safelisted-request-header). The wire shows only the status, never a side effect, so the check never
 * FAILs or WARNs: a 2xx is INFO with the advice for the endpoint (require its clients' preflighted shape where they
 * send one; an {@code Origin} or {@code Sec-Fetch-Site} check or a CSRF token where they post forms); a refusal (4xx)
 * passes.
 */
final class CsrfChecks {

    /** The rule this check decides. */
    static final Rule RULE = SecurityRules.CSRF_SIMPLE_REQUEST;

    /** Request headers a declared call may set and stay a CORS-safelisted request (values aside). */
    private static final Set<String> SAFELISTED = Set.of("accept", "accept-language", "content-language",
            "content-type");

    private CsrfChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> answer = run.response(ExchangeKind.ACTUAL);
        boolean refused = run.isDeclared() ? run.requirement() instanceof Requirement.MustRefuse m
                && m.refusal() == Requirement.Refusal.ORIGIN : !run.originIntended();
        if (!FormPosts.isProbe(run.scenario().shape()) || answer.isEmpty() || !refused) {
            return;
        }
        int status = answer.get().status();
        Endpoint endpoint = run.scenario().endpoint();
        String expected = "a refusal (4xx) of a " + run.scenario().shape().title() + " from '" + run.origin()
                + "', which the policy does not allow";
        String actual = "answered " + status + " to " + run.scenario().shape().title();
        if (status >= 400 && status < 500) {
            f.judge(RULE, run).by(Engine.WIRE).expected(expected).actual(actual).violatedIf(false);
        } else if (status >= 200 && status < 300) {
            boolean preflightedClients = clientsPreflight(endpoint);
            // INFO, never WARN: the wire shows a status, not a side effect. Certifying real CORS layers showed a WARN
            // on every correctly configured server whose route accepts any body: the application's choice, not CORS's.
            f.judge(RULE, run)
                    .by(Engine.WIRE)
                    .expected(expected)
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run))
                    .report(Verdict.INFO, preflightedClients
                            ? "the request reached the application and was accepted, though this endpoint's clients "
                            + "send a preflighted call: require that call's shape (Content-Type: application/json, "
                            + "a custom header) or check Origin; the kit cannot see whether it changed state"
                            : "this endpoint's clients post forms, or never POST: CORS cannot tell this POST from "
                            + "theirs, only an Origin or Sec-Fetch-Site check or a CSRF token can; the kit cannot see "
                            + "whether it changed state");
        }
    }

    /**
     * Answer whether the endpoint's clients POST with a preflighted call: a JSON body or a header outside the
     * CORS-safelisted ones (see fetch#cors-safelisted-request-header). Then a server accepting a form-shaped POST could
     * have required that call's shape; at an endpoint whose clients post forms, or never POST, it could not tell.
     */
    static boolean clientsPreflight(Endpoint endpoint) {
        boolean safelistedHeaders = endpoint.headers().stream().allMatch(h -> SAFELISTED.contains(
                h.toLowerCase(Locale.ROOT)));
        return endpoint.methods().contains("POST") && (endpoint.body() == BodyType.JSON || !safelistedHeaders);
    }
}
