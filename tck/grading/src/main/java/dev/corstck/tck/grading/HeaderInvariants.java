package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.SecurityRules;
import dev.corstck.tck.catalog.ExposeRules;
import dev.corstck.tck.catalog.CorsCheckRules;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.fetch.header.HttpToken;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.List;
import java.util.Optional;

/**
 * The header invariants every response to a CORS request must keep, whatever the policy: one exact
 * {@code Access-Control-Allow-Origin}, never {@code *} for credentials, {@code Access-Control-Allow-Credentials: true}
 * exactly, and parseable {@code Access-Control-Expose-Headers} (see fetch#concept-cors-check, fetch#http-new-header-syntax).
 */
final class HeaderInvariants {

    private HeaderInvariants() {
    }

    static void check(ScenarioRun run, Findings f) {
        int actuals = 0;
        for (Exchange e : run.exchanges()) {
            actuals += e.kind() == ExchangeKind.ACTUAL ? 1 : 0;
            if (e.response().isEmpty() || !run.sentOrigin(e)) {
                continue;
            }
            RawResponse r = e.response().get();
            String where = label(e.kind(), actuals);
            // A malformed Origin is no serialized origin: "exact" means nothing for it (MalformedOrigins grades it).
            if (r.headers().contains(Grants.ACAO) && run.scenario().originClass() != OriginClass.MALFORMED) {
                acaoShape(run, r, where, f);
                credentialed(run, r, where, f);
            }
            if (e.kind() == ExchangeKind.ACTUAL && r.headers().contains(Grants.ACEH)) {
                exposeHeaders(run, r, where, f);
            }
        }
    }

    /**
     * Name the response an actual text is about, so the findings of a rule checked on several responses of one
     * scenario fold into one readable finding ({@link FindingFold}).
     */
    private static String label(ExchangeKind kind, int actualsSoFar) {
        if (kind == ExchangeKind.PREFLIGHT) {
            return "preflight response: ";
        }
        return actualsSoFar == 1 ? "actual response: " : "actual response after redirect " + (actualsSoFar - 1) + ": ";
    }

    /** One ACAO line with one value, and that value {@code *} or exactly the origin (see fetch#concept-cors-check). */
    private static void acaoShape(ScenarioRun run, RawResponse r, String where, Findings f) {
        List<String> acao = r.headers().all(Grants.ACAO);
        boolean multiple = acao.size() > 1 || acao.get(0).contains(",");
        f.judge(CorsCheckRules.ACAO_SINGLE, run)
                .by(Engine.WIRE)
                .expected("one Access-Control-Allow-Origin line holding one value")
                .actual(where + acao.size() + " line(s): " + Grants.acaoText(r))
                .violatedIf(multiple);
        if (!multiple) {
            String value = acao.get(0);
            f.judge(CorsCheckRules.ACAO_EXACT, run)
                    .by(Engine.WIRE)
                    .expected("'*' or the serialized origin '" + run.origin() + "' byte for byte")
                    .actual(where + "Access-Control-Allow-Origin: " + value)
                    .violatedIf(!isExact(value, run.origin()));
        }
        boolean wildcardWithCredentials = Grants.isWildcard(r) && Grants.allowsCredentials(r);
        f.judge(SecurityRules.WILDCARD_ORIGIN_WITH_CREDENTIALS, run)
                .by(Engine.WIRE)
                .expected("never Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true")
                .actual(where + "Access-Control-Allow-Origin: " + Grants.acaoText(r) + ", Access-Control-Allow-Credentials: "
                        + r.headers().combined(Grants.ACAC).orElse("(absent)"))
                .violatedIf(wildcardWithCredentials);
    }

    /**
     * Answer whether an ACAO value is {@code *}, the origin itself, or at least a well-formed serialized origin that
     * is not a misspelling of it (a static ACAO naming another origin is a legitimate refusal).
     */
    static boolean isExact(String raw, String origin) {
        // HTTP whitespace only, as the CORS check reads it: String.strip() also took U+001C-U+001F (fetch#http-whitespace).
        String v = HttpWhitespace.strip(raw);
        if (v.equals("*") || v.equals(origin) || v.equals("null")) {
            return true;
        }
        Optional<String> canonical = canonical(v);
        if (canonical.isEmpty()) {
            return false; // not an origin at all
        }
        boolean wellFormed = canonical.get().equals(v);
        boolean misspelling = canonical.get().equals(canonical(origin).orElse(origin));
        return wellFormed && !misspelling;
    }

    /** Read {@code text} leniently as an origin (any case, one trailing slash, default port) and serialize it. */
    private static Optional<String> canonical(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String bare = lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
        try {
            return Optional.of(FetchUrl.parseOrigin(bare).serialize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The credentialed half of the CORS check, graded where credentials are meant (see fetch#concept-cors-check). */
    private static void credentialed(ScenarioRun run, RawResponse r, String where, Findings f) {
        if (!run.scenario().includesCredentials()) {
            return;
        }
        boolean intended = run.credentialsIntended();
        boolean wildcard = Grants.isWildcard(r);
        String acac = r.headers().combined(Grants.ACAC).orElse("(absent)");
        String actual = where + "Access-Control-Allow-Origin: " + Grants.acaoText(r)
                + ", Access-Control-Allow-Credentials: " + acac;
        // The seed's mistake is the combination as configured: '*' sent together with credentials allowed. '*'
        // without Access-Control-Allow-Credentials where credentials are meant is a missing grant (policy rules).
        f.judge(SeedRules.WILDCARD_WITH_CREDENTIALS, run)
                .by(Engine.WIRE)
                .expected("one exact origin, not '*', when credentials are allowed")
                .actual(actual)
                .violatedIf(wildcard && Grants.allowsCredentials(r));
        if (!intended) {
            return;
        }
        f.judge(CorsCheckRules.ACAO_NOT_WILDCARD_WITH_CREDENTIALS, run)
                .by(Engine.WIRE)
                .expected("the exact origin '" + run.origin() + "' in responses to a credentialed request")
                .actual(actual)
                .violatedIf(wildcard);
        if (run.originIntended() && Grants.allowsCredentials(r)) {
            boolean notOne = wildcard || r.headers().count(Grants.ACAO) > 1 || Grants.acaoText(r).contains(",");
            f.judge(SeedRules.CREDENTIALS_NEED_EXACT_ORIGIN, run)
                    .by(Engine.WIRE)
                    .expected("only the caller's origin '" + run.origin() + "'")
                    .actual(actual)
                    .violatedIf(notOne);
        }
        if (Grants.reflects(r, run.origin())) {
            f.judge(CorsCheckRules.ACAC_TRUE, run)
                    .by(Engine.WIRE)
                    .expected("Access-Control-Allow-Credentials: true, once")
                    .actual(actual)
                    .violatedIf(!Grants.allowsCredentials(r));
        }
    }

    /** ACEH parses as a list of header names; {@code *} is no wildcard for credentialed requests. */
    private static void exposeHeaders(ScenarioRun run, RawResponse r, String where, Findings f) {
        List<String> elements = r.headers().all(Grants.ACEH).stream()
                .flatMap(v -> List.of(v.split(",", -1)).stream()).map(String::strip).toList();
        boolean bad = elements.stream().anyMatch(el -> !el.isEmpty() && !HttpToken.isToken(el));
        String actual = where + "Access-Control-Expose-Headers: " + String.join(" | ", r.headers().all(Grants.ACEH));
        f.judge(ExposeRules.SYNTAX, run)
                .by(Engine.WIRE)
                .expected("a comma-separated list of header names")
                .actual(actual)
                .violatedIf(bad);
        if (run.scenario().includesCredentials() && run.credentialsIntended()) {
            f.judge(ExposeRules.WILDCARD_LITERAL_WITH_CREDENTIALS, run)
                    .by(Engine.WIRE)
                    .expected("the exposed header names listed one by one (credentialed response)")
                    .actual(actual)
                    .violatedIf(elements.contains("*"));
        }
    }
}
