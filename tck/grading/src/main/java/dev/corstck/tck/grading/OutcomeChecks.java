package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.PolicyRules;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.Prediction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Right by the policy its owner meant": the simulator's outcome on the target's responses against what Fetch and the
 * declared policy require of the request as it was sent ({@link Requirement}): readable where the policy allows the
 * call, not readable where it does not, either where both are correct. The reference implementation's outcome is
 * shown beside as one correct answer. Plus the policy's exposed headers and the seed guide's origin mistakes.
 * Graded only with a declared policy.
 */
final class OutcomeChecks {

    private static final Set<BlockReason> CREDENTIALS = EnumSet.of(BlockReason.INVALID_ALLOW_CREDENTIALS,
            BlockReason.WILDCARD_ORIGIN_NOT_ALLOWED, BlockReason.PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED,
            BlockReason.PREFLIGHT_INVALID_ALLOW_CREDENTIALS);

    private OutcomeChecks() {
    }

    static void check(ScenarioRun run, GradingPolicy policy, Findings f) {
        Requirement required = run.requirement();
        if (required instanceof Requirement.NotCors || required instanceof Requirement.Undeclared) {
            return;
        }
        run.actualSpec().ifPresent(actual -> {
            outcome(run, required, actual, f);
            exposed(run, policy, f);
        });
        origins(run, f);
    }

    /** Judge the target's outcome against the requirement; the rule is chosen by why the target's answer failed. */
    private static void outcome(ScenarioRun run, Requirement required, Prediction actual, Findings f) {
        if (actual.outcome() != Outcome.CORS_OK && actual.outcome() != Outcome.NETWORK_ERROR) {
            return; // the call never reached a CORS decision (it threw, or it is opaque by its mode)
        }
        boolean readable = actual.outcome() == Outcome.CORS_OK;
        String act = describe("the target", actual) + reference(run);
        Optional<BlockReason> reason = actual.block().map(Block::reason);
        if (required instanceof Requirement.MustShare) {
            f.judge(rule(required, reason), run)
                    .by(Engine.SIMULATOR)
                    .expected("readable: " + required.why())
                    .actual(act)
                    .violatedIf(!readable);
        } else if (required instanceof Requirement.MustRefuse refuse) {
            f.judge(rule(required, reason), run)
                    .by(Engine.SIMULATOR)
                    .expected("not readable: " + required.why())
                    .actual(act)
                    .violatedIf(readable);
        } else if (required instanceof Requirement.Either either && readable && isPermissive(either)) {
            Rule rule = either.latitude() == Requirement.Latitude.METHOD_NOT_DECLARED
                    ? PolicyRules.DECLARED_METHODS_ALLOWED : PolicyRules.DECLARED_HEADERS_ALLOWED;
            f.judge(rule, run)
                    .by(Engine.SIMULATOR)
                    .expected("either: " + required.why())
                    .actual(act)
                    .evidence(EvidenceMapper.of(run))
                    .report(Verdict.INFO, "the target allows more than the policy declares");
        }
    }

    /** Answer whether the latitude is the policy's own lists, so a target that allows more is worth an INFO. */
    static boolean isPermissive(Requirement.Either either) {
        return either.latitude() == Requirement.Latitude.METHOD_NOT_DECLARED
                || either.latitude() == Requirement.Latitude.HEADER_NOT_DECLARED;
    }

    /** The policy rule a failed requirement names: by the refusal, or by why the target's answer was blocked. */
    static Rule rule(Requirement required, Optional<BlockReason> reason) {
        if (required instanceof Requirement.MustRefuse refuse) {
            return refuse.refusal() == Requirement.Refusal.CREDENTIALS ? PolicyRules.DECLARED_CREDENTIALS
                    : PolicyRules.UNDECLARED_ORIGIN_REFUSED;
        }
        if (reason.equals(Optional.of(BlockReason.METHOD_DISALLOWED))) {
            return PolicyRules.DECLARED_METHODS_ALLOWED;
        }
        if (reason.equals(Optional.of(BlockReason.HEADER_DISALLOWED))
                || reason.equals(Optional.of(BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD))) {
            return PolicyRules.DECLARED_HEADERS_ALLOWED;
        }
        if (reason.filter(CREDENTIALS::contains).isPresent()) {
            return PolicyRules.DECLARED_CREDENTIALS;
        }
        return PolicyRules.DECLARED_ORIGIN_ALLOWED;
    }

    static String describe(String who, Prediction p) {
        String why = p.block().map(b -> ": " + b.reason() + (b.detail().isEmpty() ? "" : " (" + b.detail() + ")"))
                .orElse(p.outcome() == Outcome.CORS_OK ? ", status " + p.status() : "");
        return p.outcome() + " on " + who + "'s responses" + why;
    }

    /** The reference implementation's outcome for the same requests: one correct answer, shown as an example. */
    private static String reference(ScenarioRun run) {
        return run.expectedSpec().map(p -> " (the reference implementation: " + p.outcome() + ")").orElse("");
    }

    /** The seed guide's origin rules: unlisted origins get no ACAO of their own; scheme, host and port all count. */
    private static void origins(ScenarioRun run, Findings f) {
        if (!(run.requirement() instanceof Requirement.MustRefuse refuse)
                || refuse.refusal() != Requirement.Refusal.ORIGIN) {
            return;
        }
        boolean reflected = run.reflectsSentOrigin();
        String actual = reflected ? "Access-Control-Allow-Origin: " + run.origin() : "no Access-Control-Allow-Origin"
                + " naming it";
        f.judge(SeedRules.UNLISTED_ORIGIN_NO_ACAO, run)
                .by(Engine.WIRE)
                .expected("no Access-Control-Allow-Origin for '" + run.origin() + "', which the policy does not list")
                .actual(actual)
                .violatedIf(reflected);
        OriginClass c = run.scenario().originClass();
        if (c == OriginClass.SCHEME_DOWNGRADE || c == OriginClass.SCHEME_UPGRADE || c == OriginClass.ANY_PORT
                || c == OriginClass.LOOPBACK_TWIN) {
            f.judge(SeedRules.ORIGIN_IS_SCHEME_HOST_PORT, run)
                    .by(Engine.WIRE)
                    .expected("'" + run.origin() + "' is told apart from " + run.scenario().page().imitates())
                    .actual(actual)
                    .violatedIf(reflected);
        }
    }

    /** Each header the policy exposes is listed in Access-Control-Expose-Headers of a readable response. */
    private static void exposed(ScenarioRun run, GradingPolicy policy, Findings f) {
        List<String> names = policy.corsFor(run.scenario().endpoint()).exposedHeaders();
        Optional<RawResponse> response = run.response(ExchangeKind.ACTUAL);
        boolean readable = run.actualSpec().map(p -> p.outcome() == Outcome.CORS_OK).orElse(false)
                && run.requirement().mustShare();
        if (names.isEmpty() || response.isEmpty() || !readable) {
            return;
        }
        boolean wildcard = !run.scenario().includesCredentials() && Grants.lists(response.get(), Grants.ACEH, "*");
        List<String> missing = names.stream().filter(n -> !wildcard && !Grants.lists(response.get(), Grants.ACEH, n))
                .toList();
        f.judge(PolicyRules.DECLARED_EXPOSED_HEADERS, run)
                .by(Engine.WIRE)
                .expected("Access-Control-Expose-Headers lists " + String.join(", ", names))
                .actual(missing.isEmpty() ? "all listed" : "not exposed: " + String.join(", ", missing)
                        + " (Access-Control-Expose-Headers: "
                        + response.get().headers().combined(Grants.ACEH).orElse("absent") + ")")
                .violatedIf(!missing.isEmpty());
    }
}
