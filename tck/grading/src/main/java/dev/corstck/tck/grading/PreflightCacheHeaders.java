package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightCacheRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A granting preflight that asks for caching with {@code Cache-Control} ({@code max-age} or {@code s-maxage} above
 * 0) but sends no
 * {@code Access-Control-Max-Age}: the CORS-preflight cache is its own store and reads only
 * {@code Access-Control-Max-Age} (see fetch#concept-cache), so the browser preflights again after 5 seconds.
 */
final class PreflightCacheHeaders {

    /** The rule this check decides. */
    static final Rule RULE = PreflightCacheRules.NOT_CACHE_CONTROL;

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*(?:s-max|max-)age\\s*=\\s*\"?([0-9]+)");

    private PreflightCacheHeaders() {
    }

    static void check(ScenarioRun run, Findings f) {
        Optional<RawResponse> preflight = run.response(ExchangeKind.PREFLIGHT);
        if (preflight.isEmpty() || !preflight.get().isOk() || !Grants.grants(preflight.get(), run.origin())
                || !PreflightChecks.meantToPass(run)) {
            return;
        }
        RawResponse r = preflight.get();
        boolean maxAge = r.headers().contains(Grants.MAX_AGE);
        Optional<String> httpCaching = httpFreshness(r);
        f.judge(RULE, run)
                .by(Engine.WIRE)
                .expected("preflight caching asked for with Access-Control-Max-Age (the preflight cache ignores Cache-Control)")
                .actual(maxAge ? "Access-Control-Max-Age: " + r.headers().combined(Grants.MAX_AGE).orElse("")
                        : "no Access-Control-Max-Age" + httpCaching.map(h -> "; " + h).orElse(""))
                .violatedIf(!maxAge && httpCaching.isPresent());
    }

    /** The response's {@code Cache-Control}, when it asks for freshness: a positive max-age or s-maxage. */
    static Optional<String> httpFreshness(RawResponse r) {
        List<String> cc = r.headers().all("Cache-Control");
        for (String v : cc) {
            Matcher m = MAX_AGE.matcher(v.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (!m.group(1).matches("0+")) {
                    return Optional.of("Cache-Control: " + String.join(", ", cc));
                }
            }
        }
        return Optional.empty();
    }
}
