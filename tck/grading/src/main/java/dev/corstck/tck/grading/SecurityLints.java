package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.SecurityRules;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.tck.generation.PageOrigins;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.OriginClass;
import java.util.Optional;

/**
 * The scanners' misconfiguration classes (S-01 to S-03, tck/SPEC-NOTES.md#security-lints), each graded on its own probe
 * with and without credentials: every class is evaluated, none stops the others. A reflected look-alike is INFO without
 * credentials and a SECURITY failure with {@code Access-Control-Allow-Credentials: true}.
 */
final class SecurityLints {

    private SecurityLints() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        OriginClass c = run.scenario().originClass();
        Optional<Lint> lint = lint(c);
        if (lint.isEmpty()) {
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
        Rule credentialed = lint.get().withCredentials();
        if (withCredentials && optsIn(run, policy)) {
            f.judge(credentialed, run)
                    .by(Engine.WIRE)
                    .expected(expected)
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run))
                    .report(Verdict.WARN, "the declared policy opts in to this origin "
                            + "with credentials (a dangerously... option)");
        } else if (withCredentials && run.scenario().isWireOnly()) {
            f.judge(credentialed, run)
                    .by(Engine.WIRE)
                    .expected(expected)
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run))
                    .report(Verdict.WARN, "no current browser sends this origin, so no "
                            + "page can use the grant; but the origin check is loose (a prefix or pattern match), and other "
                            + "look-alikes may pass it");
        } else {
            f.judge(credentialed, run)
                    .by(Engine.WIRE)
                    .expected(expected + " with credentials")
                    .actual(actual)
                    .violatedIf(withCredentials);
        }
        f.judge(lint.get().withoutCredentials(),
                run).by(Engine.WIRE).expected(expected).actual(actual).violatedIf(granting.isPresent());
    }

    /** The lint pair that grades a look-alike origin class: without credentials (INFO) and with them (SECURITY). */
    record Lint(Rule withoutCredentials, Rule withCredentials) {
    }

    /** The pair of {@code c}; {@code OriginClass.securityRule()} names the same rule ({@code SecurityLintsTests}). */
    static Optional<Lint> lint(OriginClass c) {
        return Optional.ofNullable(switch (c) {
            case ARBITRARY -> new Lint(SecurityRules.REFLECT_ANY_ORIGIN,
                    SecurityRules.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS);
            case NULL -> new Lint(SecurityRules.NULL_ORIGIN_TRUSTED,
                    SecurityRules.NULL_ORIGIN_TRUSTED_WITH_CREDENTIALS);
            case PREFIX -> new Lint(SecurityRules.PREFIX_MATCH, SecurityRules.PREFIX_MATCH_WITH_CREDENTIALS);
            case SUFFIX -> new Lint(SecurityRules.SUFFIX_MATCH, SecurityRules.SUFFIX_MATCH_WITH_CREDENTIALS);
            case UNESCAPED_DOT -> new Lint(SecurityRules.UNESCAPED_DOT, SecurityRules.UNESCAPED_DOT_WITH_CREDENTIALS);
            case SPECIAL_CHARACTER -> new Lint(SecurityRules.SPECIAL_CHARACTER_BYPASS,
                    SecurityRules.SPECIAL_CHARACTER_BYPASS_WITH_CREDENTIALS);
            case SCHEME_DOWNGRADE -> new Lint(SecurityRules.SCHEME_DOWNGRADE,
                    SecurityRules.SCHEME_DOWNGRADE_WITH_CREDENTIALS);
            case ANY_SUBDOMAIN -> new Lint(SecurityRules.ANY_SUBDOMAIN, SecurityRules.ANY_SUBDOMAIN_WITH_CREDENTIALS);
            case ANY_PORT -> new Lint(SecurityRules.ANY_PORT, SecurityRules.ANY_PORT_WITH_CREDENTIALS);
            case ALLOWED, LOOPBACK_TWIN, SCHEME_UPGRADE, MALFORMED, SAME_ORIGIN -> null;
        });
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
