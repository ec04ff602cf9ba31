package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.RedirectRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The target's own redirects, hop by hop, as the simulator followed them (see fetch#http-redirect-fetch): each hop
 * answering a CORS request passes the CORS check, points at an http(s) URL without userinfo, and the chain ends within
 * 20 hops; a preflighted request's new URL answers its own preflight; after a cross-origin hop the browser sends
 * {@code Origin: null}, which the next answer must accept. Graded where the answer must be shared ({@link Sharing}):
 * a hop refusing a call the policy refuses, or may refuse, is a refusal, not a fault.
 */
final class RedirectChecks {


    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 20;

    private RedirectChecks() {
    }

    /** One redirect the target answered: its exchange, and where in the chain it is. */
    private record Hop(Exchange exchange, RawResponse response, int number) {
        List<String> locations() {
            return response.headers().all("Location");
        }

        String originSent() {
            return exchange.request().headers().first("Origin").orElse("");
        }
    }

    static void check(ScenarioRun run, Findings f) {
        List<Hop> hops = hops(run);
        if (hops.isEmpty() || run.scenario().shape().noCors() || !Sharing.required(run)) {
            return; // the call may fail: a hop may refuse it any way it likes
        }
        for (Hop hop : hops) {
            if (hop.originSent().equals(run.origin())) {
                corsCheck(run, hop, f);
            }
            location(run, hop, f);
            keepsMethod(run, hop, f);
        }
        f.judge(RedirectRules.AT_MOST_20, run)
                .by(Engine.WIRE)
                .expected("a redirect chain of at most " + MAX_REDIRECTS + " hops")
                .actual(hops.size() + " redirect(s), the last to "
                        + String.join(", ", hops.get(hops.size() - 1).locations()))
                .violatedIf(hops.size() > MAX_REDIRECTS || blockedBy(run,
                        BlockReason.TOO_MANY_REDIRECTS));
        newPreflight(run, hops, f);
        taintedOrigin(run, f);
    }

    /** The redirects in the scenario's exchanges: 3xx answers with a Location to an actual request. */
    private static List<Hop> hops(ScenarioRun run) {
        List<Hop> out = new ArrayList<>();
        for (Exchange e : run.exchanges()) {
            if (e.kind() == ExchangeKind.ACTUAL && e.response().isPresent() && run.sentOrigin(e)) {
                RawResponse r = e.response().get();
                if (REDIRECT_STATUSES.contains(r.status()) && r.headers().contains("Location")) {
                    out.add(new Hop(e, r, out.size() + 1));
                }
            }
        }
        return out;
    }

    /** The CORS check on the hop itself, for the origin the page really has (see fetch#concept-http-fetch). */
    private static void corsCheck(ScenarioRun run, Hop hop, Findings f) {
        RawResponse r = hop.response();
        boolean credentials = run.scenario().includesCredentials();
        boolean passes = Grants.grants(r, run.origin()) && (!credentials || (!Grants.isWildcard(r)
                && Grants.allowsCredentials(r)));
        f.judge(RedirectRules.CORS_HEADERS_ON_HOPS, run)
                .by(Engine.WIRE)
                .expected("the " + r.status() + " passes the CORS check for '" + run.origin() + "'"
                        + (credentials ? " with credentials (its origin and Access-Control-Allow-Credentials: true)"
                        : " (Access-Control-Allow-Origin: its origin or *)"))
                .actual(where(hop) + "Access-Control-Allow-Origin: " + Grants.acaoText(r)
                        + (credentials ? ", Access-Control-Allow-Credentials: "
                        + r.headers().combined(Grants.ACAC).orElse("(absent)") : ""))
                .violatedIf(!passes);
    }

    /** Location parses, is http(s), and carries no userinfo (see fetch#concept-http-redirect-fetch). */
    private static void location(ScenarioRun run, Hop hop, Findings f) {
        List<String> values = hop.locations();
        Optional<FetchUrl> parsed = values.stream().distinct().count() == 1
                ? FetchUrl.parse(hop.exchange().url()).flatMap(u -> u.resolve(values.get(0))) : Optional.empty();
        String actual = where(hop) + "Location: " + String.join(" | ", values);
        f.judge(RedirectRules.HTTP_LOCATION, run)
                .by(Engine.WIRE)
                .expected("one Location that parses as an http or https URL")
                .actual(actual)
                .violatedIf(parsed.filter(FetchUrl::isHttpScheme).isEmpty());
        parsed.filter(FetchUrl::isHttpScheme).ifPresent(u -> f.judge(RedirectRules.NO_USERINFO, run)
                .by(Engine.WIRE)
                .expected("a Location without a user name or password")
                .actual(actual)
                .violatedIf(u.includesCredentials()));
    }

    /** 301/302 turn POST into GET and 303 turns anything but GET and HEAD into GET: worth knowing (INFO). */
    private static void keepsMethod(ScenarioRun run, Hop hop, Findings f) {
        String method = hop.exchange().request().method();
        int status = hop.response().status();
        boolean rewritten = ((status == 301 || status == 302) && method.equals("POST"))
                || (status == 303 && !method.equals("GET") && !method.equals("HEAD"));
        f.judge(RedirectRules.KEEPS_METHOD, run)
                .by(Engine.WIRE)
                .expected("a 307 or 308 where " + method
                        + " and its body must survive the redirect")
                .actual(where(hop) + status + " turns " + method + " into GET")
                .violatedIf(rewritten);
    }

    /** The new URL of a preflighted request gets its own preflight, which must pass (see fetch#http-redirect-fetch). */
    private static void newPreflight(ScenarioRun run, List<Hop> hops, Findings f) {
        int firstHop = run.exchanges().indexOf(hops.get(0).exchange());
        List<Exchange> after = run.exchanges().subList(firstHop + 1, run.exchanges().size());
        Optional<Exchange> preflight = after.stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT
                && e.response().isPresent()).reduce((a, b) -> b);
        if (preflight.isEmpty()) {
            return;
        }
        boolean last = run.exchanges().get(run.exchanges().size() - 1) == preflight.get();
        Optional<BlockReason> reason = run.actualSpec().flatMap(p -> p.block()).map(b -> b.reason());
        boolean failed = last && reason.filter(BlockReason::isPreflightFailure).isPresent();
        RawResponse r = preflight.get().response().get();
        f.judge(RedirectRules.TARGET_ANSWERS_PREFLIGHT, run)
                .by(Engine.SIMULATOR)
                .expected("the redirect target " + preflight.get().url()
                        + " answers the new preflight and lets the call in")
                .actual("OPTIONS answered " + r.status() + ", Access-Control-Allow-Origin " + Grants.acaoText(r)
                        + (failed ? ": " + reason.get() : ": the preflight passed"))
                .violatedIf(failed);
    }

    /**
     * After a hop to another origin the browser sends {@code Origin: null} (see fetch#concept-request-tainted-origin);
     * the first answer to such a request must accept it, or the call fails.
     */
    private static void taintedOrigin(ScenarioRun run, Findings f) {
        if (run.origin().equals("null")) {
            return;
        }
        Optional<Exchange> tainted = run.exchanges().stream().filter(e -> e.response().isPresent()
                && e.request().headers().first("Origin").filter("null"::equals).isPresent()).findFirst();
        tainted.ifPresent(e -> {
            RawResponse r = e.response().get();
            boolean credentials = run.scenario().includesCredentials();
            boolean accepts = Grants.grants(r, "null") && (!credentials || (!Grants.isWildcard(r)
                    && Grants.allowsCredentials(r)));
            f.judge(RedirectRules.TAINTED_ORIGIN_ACCEPTED, run)
                    .by(Engine.WIRE)
                    .expected("the answer after a cross-origin redirect accepts Origin: null (Access-Control-Allow-Origin "
                            + (credentials ? "null with credentials)" : "* or null)"))
                    .actual(e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.url() + " answered "
                            + r.status()
                            + ", Access-Control-Allow-Origin " + Grants.acaoText(r))
                    .violatedIf(!accepts);
        });
    }

    private static boolean blockedBy(ScenarioRun run, BlockReason reason) {
        return run.actualSpec().flatMap(p -> p.block()).filter(b -> b.reason() == reason).isPresent();
    }

    private static String where(Hop hop) {
        return "redirect " + hop.number() + " (" + hop.exchange().request().method() + " " + hop.exchange().url()
                + " answered " + hop.response().status() + "): ";
    }
}
