package dev.corstck.tck.grading;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.tck.generation.PageOrigins;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.reference.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.OriginClass;
import java.util.Optional;

/**
 * The scanners' misconfiguration classes (cors-rules.md §1.18, S-01 to S-03), each graded on its own probe with and
 * without credentials: every class is evaluated, none stops the others. A reflected look-alike is INFO without
 * credentials and a SECURITY failure with {@code Access-Control-Allow-Credentials: true}.
 */
final class SecurityLints {

    private SecurityLints() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        OriginClass c = run.scenario().originClass();
        Optional<String> base = c.securityRule();
        if (base.isEmpty()) {
            return;
        }
        // Only answers to requests that carried this origin count: a static ACAO on a no-cors answer grants nothing.
        Optional<RawResponse> granting = run.exchanges().stream()
                .filter(e -> e.request().headers().first("Origin").filter(run.origin()::equals).isPresent())
                .flatMap(e -> e.response().stream()).filter(r -> Grants.reflects(r, run.origin())).findFirst();
        boolean withCredentials = granting.map(Grants::allowsCredentials).orElse(false);
        String expected = "'" + run.origin() + "' is not let in" + (c == OriginClass.NULL || c == OriginClass.ARBITRARY
                ? "" : " (it imitates " + run.scenario().page().imitates() + ")");
        String actual = granting.map(r -> "Access-Control-Allow-Origin: " + Grants.acaoText(r)
                + ", Access-Control-Allow-Credentials: " + r.headers().combined(Grants.ACAC).orElse("(absent)"))
                .orElse("not reflected: " + acaoSeen(run));
        String credentialed = base.get() + "-with-credentials";
        if (withCredentials && optsIn(run, policy)) {
            f.verdict(credentialed, run, Engine.WIRE, Verdict.WARN, "the declared policy opts in to this origin "
                    + "with credentials (a dangerously... option)", expected, actual, EvidenceMapper.of(run));
        } else if (withCredentials && run.scenario().isWireOnly()) {
            f.verdict(credentialed, run, Engine.WIRE, Verdict.WARN, "no current browser sends this origin, so no "
                    + "page can use the grant; but the origin check is loose (a prefix or pattern match), and other "
                    + "look-alikes may pass it", expected, actual, EvidenceMapper.of(run));
        } else {
            f.judge(credentialed, run, Engine.WIRE, withCredentials, expected + " with credentials", actual);
        }
        f.judge(base.get(), run, Engine.WIRE, granting.isPresent(), expected, actual);
    }

    /**
     * Answer whether the declared policy itself lets this origin in with credentials (a {@code dangerously...} opt-in
     * such as reflect-any with credentials): an opt-in covers exactly what it names, nothing more.
     */
    private static boolean optsIn(ScenarioRun run, Optional<GradingPolicy> policy) {
        return policy.map(p -> p.corsFor(run.scenario().endpoint())).filter(CorsPolicy::credentials)
                .filter(cors -> PageOrigins.allows(cors, run.origin())).isPresent();
    }

    private static String acaoSeen(ScenarioRun run) {
        return run.exchanges().stream().flatMap(e -> e.response().stream()).map(Grants::acaoText).distinct()
                .reduce((a, b) -> a + "; " + b).map(s -> "Access-Control-Allow-Origin " + s).orElse("no response");
    }

}
