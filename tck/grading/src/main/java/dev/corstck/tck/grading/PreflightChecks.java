package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.SecurityRules;
import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.Prediction;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The CORS-preflight fetch's checks on a preflight the policy means to pass: ok status, no redirect, no
 * authentication, the CORS check, and the allow-lists (see fetch#cors-preflight-fetch-0). A preflight the policy
 * means to refuse may fail any way it likes: a 403 or a bare 2xx is a refusal, not a fault.
 */
final class PreflightChecks {

    private static final Set<BlockReason> CORS_CHECK = EnumSet.of(BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN,
            BlockReason.PREFLIGHT_MULTIPLE_ALLOW_ORIGIN, BlockReason.PREFLIGHT_INVALID_ALLOW_ORIGIN,
            BlockReason.PREFLIGHT_ALLOW_ORIGIN_MISMATCH, BlockReason.PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED,
            BlockReason.PREFLIGHT_INVALID_ALLOW_CREDENTIALS);

    private PreflightChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> preflight = run.response(ExchangeKind.PREFLIGHT);
        if (preflight.isEmpty() || !meantToPass(run)) {
            return;
        }
        RawResponse r = preflight.get();
        String status = "OPTIONS answered " + r.status();
        f.judge(PreflightRules.STATUS_OK, run)
                .by(Engine.WIRE)
                .expected("an ok status (200 to 299)")
                .actual(status)
                .violatedIf(!r.isOk());
        f.judge(PreflightRules.NO_REDIRECT, run)
                .by(Engine.WIRE)
                .expected("no redirect of the preflight")
                .actual(status + location(r))
                .violatedIf(r.isRedirect() || (r.status() >= 300 && r.status() < 400));
        // A 403 without Access-Control-Allow-Origin is how servers refuse an origin, not an authentication demand.
        boolean refusal = r.status() == 403 && !r.headers().contains(Grants.ACAO);
        f.judge(PreflightRules.NO_CREDENTIALS_REQUIRED, run)
                .by(Engine.WIRE)
                .expected("an answer to a preflight without cookies or Authorization")
                .actual(status)
                .violatedIf(r.status() == 401 || r.status() == 407 || (r.status() == 403 && !refusal));
        if (run.isDeclared()) {
            f.judge(SeedRules.PREFLIGHT_HANDLED, run)
                    .by(Engine.WIRE)
                    .expected("the CORS layer answers the OPTIONS preflight with an ok status")
                    .actual(status)
                    .violatedIf(!r.isOk() && !refusal);
        }
        run.actualSpec().ifPresent(p -> allowLists(run, p, f));
        consistency(run, r, f);
    }

    /**
     * Answer whether the preflight should pass: the declared policy requires the request to be readable (see
     * {@link Requirements}), or, without a policy, the target grants the origin, the method and the headers.
     */
    static boolean meantToPass(ScenarioRun run) {
        if (!run.isDeclared()) {
            return run.response(ExchangeKind.PREFLIGHT).map(r -> Grants.grants(r, run.origin())
                    && grantsShape(r, run)).orElse(false);
        }
        return run.requirement().mustShare() && run.response(ExchangeKind.PREFLIGHT).isPresent();
    }

    /**
     * Without a policy, a preflight is meant to pass only when its allow-lists name the method and every header the
     * request sets: an answer that lets the origin in but lists nothing is a refusal of the method or headers.
     */
    private static boolean grantsShape(RawResponse r, ScenarioRun run) {
        String method = run.scenario().shape().method();
        boolean safelisted = method.equals("GET") || method.equals("HEAD") || method.equals("POST");
        boolean methodOk = safelisted || Grants.lists(r, Grants.ACAM, method) || Grants.lists(r, Grants.ACAM, "*");
        boolean headersOk = run.scenario().shape().headers().stream().allMatch(h -> Grants.lists(r, Grants.ACAH,
                h.name()) || (Grants.lists(r, Grants.ACAH, "*") && !h.hasName("Authorization")));
        return methodOk && headersOk;
    }

    /** What the simulator's CORS-preflight fetch concluded on the target's preflight response. */
    private static void allowLists(ScenarioRun run, Prediction p, Findings f) {
        Optional<BlockReason> reason = p.block().map(Block::reason);
        String actual = p.block().map(b -> b.reason() + (b.detail().isEmpty() ? "" : " (" + b.detail() + ")"))
                .orElse("the preflight passed");
        Engine sim = Engine.SIMULATOR;
        f.judge(PreflightRules.CORS_CHECK, run)
                .by(sim)
                .expected("the preflight response passes the CORS check")
                .actual(actual)
                .evidence(EvidenceMapper.of(run, p))
                .violatedIf(reason.filter(CORS_CHECK::contains).isPresent());
        String method = run.scenario().shape().method();
        if (!(method.equals("GET") || method.equals("HEAD") || method.equals("POST"))) {
            f.judge(PreflightRules.ACAM_LISTS_METHOD, run)
                    .by(sim)
                    .expected("Access-Control-Allow-Methods allows " + method)
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run, p))
                    .violatedIf(reason.equals(Optional.of(BlockReason.METHOD_DISALLOWED)));
        }
        if (!run.scenario().shape().headers().isEmpty()) {
            f.judge(PreflightRules.ACAH_LISTS_HEADERS, run)
                    .by(sim)
                    .expected("Access-Control-Allow-Headers allows every header the request sets")
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run, p))
                    .violatedIf(reason.equals(Optional.of(BlockReason.HEADER_DISALLOWED)));
        }
        if (run.scenario().shape().sets("Authorization")) {
            // authorization-explicit is about relying on '*' (fetch#cors-non-wildcard-request-header-name); a list
            // that simply lacks Authorization is the seed's mistake and the allow-list rule, not this one.
            boolean wildcardRelied = reason.equals(Optional.of(BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD));
            boolean refused = wildcardRelied || (reason.equals(Optional.of(BlockReason.HEADER_DISALLOWED))
                    && p.block().get().detail().toLowerCase(java.util.Locale.ROOT).contains("authorization"));
            f.judge(PreflightRules.AUTHORIZATION_EXPLICIT, run)
                    .by(sim)
                    .expected("Authorization listed by name in Access-Control-Allow-Headers")
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run, p))
                    .violatedIf(wildcardRelied);
            f.judge(SeedRules.AUTHORIZATION_IN_ALLOWED_HEADERS, run)
                    .by(sim)
                    .expected("Authorization in allowedHeaders")
                    .actual(actual)
                    .evidence(EvidenceMapper.of(run, p))
                    .violatedIf(refused);
        }
        boolean unparsable = reason.equals(Optional.of(BlockReason.INVALID_ALLOW_METHODS))
                || reason.equals(Optional.of(BlockReason.INVALID_ALLOW_HEADERS));
        f.judge(PreflightRules.LISTS_PARSE, run)
                .by(sim)
                .expected("clean comma-separated token lists")
                .actual(actual)
                .evidence(EvidenceMapper.of(run, p))
                .violatedIf(unparsable);
    }

    /** A preflight that lets the origin in, and an actual response that does not (S-06). */
    private static void consistency(ScenarioRun run, RawResponse preflight, Findings f) {
        Optional<RawResponse> actual = run.response(ExchangeKind.ACTUAL);
        if (actual.isEmpty() || !Grants.grants(preflight, run.origin())) {
            return;
        }
        f.judge(SecurityRules.PREFLIGHT_ACTUAL_CONSISTENT, run)
                .by(Engine.WIRE)
                .expected("the actual response grants the origin its preflight granted")
                .actual("preflight Access-Control-Allow-Origin: " + Grants.acaoText(preflight)
                        + "; actual Access-Control-Allow-Origin: " + Grants.acaoText(actual.get()))
                .violatedIf(!Grants.grants(actual.get(), run.origin()));
    }

    private static String location(RawResponse r) {
        return r.headers().first("Location").map(l -> " (Location: " + l + ")").orElse("");
    }
}
