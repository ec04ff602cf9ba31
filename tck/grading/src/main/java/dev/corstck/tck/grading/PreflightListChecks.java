package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a preflight response the policy means to pass spells its allow-lists: methods in the exact case the browser
 * sends (Fetch uppercases only six methods, then compares case-sensitively, see fetch#concept-method-normalize and
 * fetch#cors-preflight-fetch-0), and, for credentialed requests, every method and header named rather than covered
 * by {@code *}, which is then literal (see fetch#http-new-header-syntax).
 */
final class PreflightListChecks {


    private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");

    private PreflightListChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<Exchange> preflight = run.exchanges().stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT
                && e.response().isPresent() && run.sentOrigin(e)).findFirst();
        if (preflight.isEmpty() || !PreflightChecks.meantToPass(run)) {
            return;
        }
        Exchange e = preflight.get();
        RawResponse r = e.response().get();
        String method = e.request().headers().first("Access-Control-Request-Method").orElse("").strip();
        List<String> methods = elements(r, Grants.ACAM);
        boolean credentials = run.scenario().includesCredentials();
        if (!method.isEmpty() && !SAFELISTED.contains(method)) {
            exactCase(run, method, methods, credentials, f);
        }
        if (credentials && run.credentialsIntended()) {
            wildcards(run, e, method, methods, elements(r, Grants.ACAH), f);
        }
    }

    /** The method is listed as sent; a listing that differs only in case never matches. */
    private static void exactCase(ScenarioRun run, String method, List<String> methods, boolean credentials,
            Findings f) {
        boolean exact = methods.contains(method) || (methods.contains("*") && !credentials);
        Optional<String> variant = methods.stream().filter(m -> m.equalsIgnoreCase(method) && !m.equals(method))
                .findFirst();
        if (!exact && variant.isEmpty()) {
            return; // not listed in any case: preflight.acam-lists-method decides that
        }
        f.judge(PreflightRules.ACAM_EXACT_CASE, run)
                .by(Engine.WIRE)
                .expected("Access-Control-Allow-Methods lists " + method
                        + " exactly as the browser sends it (methods compare "
                        + "case-sensitively)")
                .actual("Access-Control-Allow-Methods: " + String.join(", ", methods)
                        + variant.filter(v -> !exact).map(v -> " (lists '" + v + "', not '" + method + "')").orElse(""))
                .violatedIf(!exact);
    }

    /** With credentials, {@code *} in either list matches only a method or header literally named {@code *}. */
    private static void wildcards(ScenarioRun run, Exchange e, String method, List<String> methods,
            List<String> headers, Findings f) {
        List<String> requested = e.request().headers().first("Access-Control-Request-Headers").map(v -> Arrays
                .stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        boolean methodByStar = !method.isEmpty() && !SAFELISTED.contains(method) && methods.contains("*")
                && !methods.contains(method);
        List<String> headersByStar = headers.contains("*") ? requested.stream().filter(h -> headers.stream()
                .noneMatch(n -> n.equalsIgnoreCase(h))).toList() : List.of();
        boolean relies = methodByStar || !headersByStar.isEmpty();
        f.judge(PreflightRules.WILDCARD_LITERAL_WITH_CREDENTIALS, run)
                .by(Engine.WIRE)
                .expected("the method and every requested header named in Access-Control-Allow-Methods and -Headers ('*' is "
                        + "literal for a credentialed request)")
                .actual("Access-Control-Allow-Methods: " + String.join(", ", methods)
                        + "; Access-Control-Allow-Headers: "
                        + String.join(", ", headers) + (relies ? "; left to '*': " + (methodByStar ? method
                        + (headersByStar.isEmpty() ? "" : ", ") : "") + String.join(", ", headersByStar) : ""))
                .violatedIf(relies);
    }

    /** The elements of the comma-separated list header {@code name}, trimmed, empty elements dropped. */
    static List<String> elements(RawResponse r, String name) {
        return r.headers().all(name).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The names in {@code list}, lowercased, for case-insensitive comparisons. */
    static Set<String> lowercase(List<String> list) {
        return Set.copyOf(list.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}
