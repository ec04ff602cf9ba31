package dev.corstck.tck.grading;

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

    static void check(ScenarioRun run, Findings f) {
        OriginClass c = run.scenario().originClass();
        Optional<String> base = c.securityRule();
        if (base.isEmpty()) {
            return;
        }
        Optional<RawResponse> granting = run.exchanges().stream().flatMap(e -> e.response().stream())
                .filter(r -> Grants.reflects(r, run.origin())).findFirst();
        boolean withCredentials = granting.map(Grants::allowsCredentials).orElse(false);
        String expected = "'" + run.origin() + "' is not let in" + (c == OriginClass.NULL || c == OriginClass.ARBITRARY
                ? "" : " (it imitates " + run.scenario().page().imitates() + ")");
        String actual = granting.map(r -> "Access-Control-Allow-Origin: " + Grants.acaoText(r)
                + ", Access-Control-Allow-Credentials: " + r.headers().combined(Grants.ACAC).orElse("(absent)"))
                .orElse("not reflected: " + acaoSeen(run));
        String credentialed = base.get() + "-with-credentials";
        if (withCredentials && run.isDeclared() && run.originIntended()) {
            f.verdict(credentialed, run, Engine.WIRE, Verdict.WARN, "the declared policy opts in to this origin "
                    + "(a dangerously... option)", expected, actual, EvidenceMapper.of(run));
        } else {
            f.judge(credentialed, run, Engine.WIRE, withCredentials, expected + " with credentials", actual);
        }
        f.judge(base.get(), run, Engine.WIRE, granting.isPresent(), expected, actual);
    }

    private static String acaoSeen(ScenarioRun run) {
        return run.exchanges().stream().flatMap(e -> e.response().stream()).map(Grants::acaoText).distinct()
                .reduce((a, b) -> a + "; " + b).map(s -> "Access-Control-Allow-Origin " + s).orElse("no response");
    }

}
