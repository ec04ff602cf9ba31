package dev.corstck.tck.grading;

import dev.corstck.reference.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.Outcome;
import dev.corstck.tck.simulator.Prediction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Right by the policy its owner meant": the simulator's outcome on the target's responses against its outcome on
 * the reference implementation's responses for the same policy, scenario by scenario, plus the policy's exposed
 * headers and the seed guide's origin mistakes. Graded only with a declared policy.
 */
final class OutcomeChecks {

    private static final Set<BlockReason> CREDENTIALS = EnumSet.of(BlockReason.INVALID_ALLOW_CREDENTIALS,
            BlockReason.WILDCARD_ORIGIN_NOT_ALLOWED, BlockReason.PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED,
            BlockReason.PREFLIGHT_INVALID_ALLOW_CREDENTIALS);

    private OutcomeChecks() {
    }

    static void check(ScenarioRun run, GradingPolicy policy, Findings f) {
        if (!run.isDeclared() || run.scenario().originClass() == OriginClass.SAME_ORIGIN || publicNull(run, policy)) {
            return;
        }
        if (run.actualSpec().isPresent() && run.expectedSpec().isPresent()) {
            outcome(run, run.expectedSpec().get(), run.actualSpec().get(), f);
            exposed(run, policy, f);
        } else {
            rawGrant(run, f);
        }
        origins(run, f);
    }

    /**
     * A public {@code *} policy answering {@code Origin: null} with {@code *}: harmless without credentials (the
     * reference refuses {@code null} unless opted in, but {@code *} is meant for everyone).
     */
    static boolean publicNull(ScenarioRun run, GradingPolicy policy) {
        return run.scenario().originClass() == OriginClass.NULL
                && policy.cors().origin() instanceof dev.corstck.reference.policy.AllowedOrigins.Any
                && run.exchanges().stream().flatMap(e -> e.response().stream()).allMatch(Grants::isWildcard);
    }

    /** Compare outcomes; the rule is chosen by why the failing side failed. */
    private static void outcome(ScenarioRun run, Prediction expected, Prediction actual, Findings f) {
        boolean differ = expected.outcome() != actual.outcome();
        Prediction failing = actual.outcome() == Outcome.NETWORK_ERROR && expected.outcome() != Outcome.NETWORK_ERROR
                ? actual : expected;
        String rule = rule(run, failing.block().map(Block::reason));
        String exp = describe("the reference implementation", expected);
        String act = describe("the target", actual);
        boolean permissive = differ && actual.outcome() == Outcome.CORS_OK && run.originIntended()
                && (rule.equals("policy.declared-methods-allowed") || rule.equals("policy.declared-headers-allowed"));
        if (permissive) {
            f.verdict(rule, run, Engine.SIMULATOR, Verdict.INFO, "the target allows more than the policy declares",
                    exp, act, EvidenceMapper.of(run));
        } else {
            f.judge(rule, run, Engine.SIMULATOR, differ, exp, act);
        }
    }

    static String rule(ScenarioRun run, Optional<BlockReason> reason) {
        if (reason.equals(Optional.of(BlockReason.METHOD_DISALLOWED))) {
            return "policy.declared-methods-allowed";
        }
        if (reason.equals(Optional.of(BlockReason.HEADER_DISALLOWED))
                || reason.equals(Optional.of(BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD))) {
            return "policy.declared-headers-allowed";
        }
        if (reason.filter(CREDENTIALS::contains).isPresent() && run.originIntended()) {
            return "policy.declared-credentials";
        }
        return run.originIntended() ? "policy.declared-origin-allowed" : "policy.undeclared-origin-refused";
    }

    static String describe(String who, Prediction p) {
        String why = p.block().map(b -> ": " + b.reason() + (b.detail().isEmpty() ? "" : " (" + b.detail() + ")"))
                .orElse(p.outcome() == Outcome.CORS_OK ? ", status " + p.status() : "");
        return p.outcome() + " on " + who + "'s responses" + why;
    }

    /** Origins no browser can produce: compare what the reference and the target grant. */
    private static void rawGrant(ScenarioRun run, Findings f) {
        boolean expected = run.expectedExchanges().stream().flatMap(e -> e.response().stream())
                .anyMatch(r -> Grants.reflects(r, run.origin()));
        boolean actual = run.exchanges().stream().flatMap(e -> e.response().stream())
                .anyMatch(r -> Grants.reflects(r, run.origin()));
        if (!expected) {
            f.judge("policy.undeclared-origin-refused", run, Engine.WIRE, actual,
                    "'" + run.origin() + "' gets no Access-Control-Allow-Origin of its own",
                    actual ? "the target reflects it" : "not reflected");
        }
    }

    /** The seed guide's origin rules: unlisted origins get no ACAO of their own; scheme, host and port all count. */
    private static void origins(ScenarioRun run, Findings f) {
        if (run.originIntended()) {
            return;
        }
        boolean reflected = run.exchanges().stream().flatMap(e -> e.response().stream())
                .anyMatch(r -> Grants.reflects(r, run.origin()));
        String actual = reflected ? "Access-Control-Allow-Origin: " + run.origin() : "no Access-Control-Allow-Origin"
                + " naming it";
        f.judge("seed.unlisted-origin-no-acao", run, Engine.WIRE, reflected,
                "no Access-Control-Allow-Origin for '" + run.origin() + "', which the policy does not list", actual);
        OriginClass c = run.scenario().originClass();
        if (c == OriginClass.SCHEME_DOWNGRADE || c == OriginClass.ANY_PORT || c == OriginClass.LOOPBACK_TWIN) {
            f.judge("seed.origin-is-scheme-host-port", run, Engine.WIRE, reflected,
                    "'" + run.origin() + "' is told apart from " + run.scenario().page().imitates(), actual);
        }
    }

    /** Each header the policy exposes is listed in Access-Control-Expose-Headers of a readable response. */
    private static void exposed(ScenarioRun run, GradingPolicy policy, Findings f) {
        List<String> names = policy.cors().exposedHeaders();
        Optional<RawResponse> response = run.response(ExchangeKind.ACTUAL);
        boolean readable = run.actualSpec().map(p -> p.outcome() == Outcome.CORS_OK).orElse(false)
                && run.expectedSpec().map(p -> p.outcome() == Outcome.CORS_OK).orElse(false);
        if (names.isEmpty() || response.isEmpty() || !readable) {
            return;
        }
        boolean wildcard = !run.scenario().includesCredentials() && Grants.lists(response.get(), Grants.ACEH, "*");
        List<String> missing = names.stream().filter(n -> !wildcard && !Grants.lists(response.get(), Grants.ACEH, n))
                .toList();
        f.judge("policy.declared-exposed-headers", run, Engine.WIRE, !missing.isEmpty(),
                "Access-Control-Expose-Headers lists " + String.join(", ", names),
                missing.isEmpty() ? "all listed" : "not exposed: " + String.join(", ", missing)
                        + " (Access-Control-Expose-Headers: "
                        + response.get().headers().combined(Grants.ACEH).orElse("absent") + ")");
    }
}
