package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §4.9 CORS-preflight cache and {@code Access-Control-Max-Age}. */
final class PreflightCacheRules {

    private static final SpecRef SECTION = SpecRef.fetch("cors-preflight-cache", "4.9 CORS-preflight cache");
    private static final SpecRef ACMA = SpecRef.fetch("http-access-control-max-age", "3.3.3 HTTP responses");

    private PreflightCacheRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("preflight-cache", "CORS-preflight cache", SECTION, List.of(
                Rule.of("preflight-cache.max-age-syntax", MUST, ACMA,
                        "Access-Control-Max-Age is one delta-seconds value: digits only",
                        "Otherwise browsers fall back to 5 seconds, and Firefox does not cache at all")
                        .labels("R-CACHE-02")
                        .checkedBy("PreflightCacheChecks"),
                Rule.of("preflight-cache.max-age-present", SHOULD, ACMA,
                        "Preflight responses carry Access-Control-Max-Age",
                        "Without it a preflight is cached for 5 seconds: one extra round trip before most calls")
                        .labels("R-CACHE-02")
                        .checkedBy("PreflightCacheChecks"),
                Rule.of("preflight-cache.max-age-portable", INFO, ACMA,
                        "Access-Control-Max-Age is at most 7200; 600 is honoured by every engine",
                        "Larger values are clamped (2 hours in Chromium, 10 minutes in WebKit), which Fetch allows: "
                                + "harmless, but preflights are cached for less than declared, so INFO")
                        .labels("R-CACHE-02")
                        .checkedBy("PreflightCacheChecks", "CorsOnErrorsAndCookiesTests"),
                Rule.of("preflight-cache.not-cache-control", SHOULD, SpecRef.fetch("concept-cache", "4.9 CORS-preflight cache"),
                        "Preflight caching is asked for with Access-Control-Max-Age, not Cache-Control",
                        "The CORS-preflight cache is separate from the HTTP cache and ignores Cache-Control")
                        .labels("R-CACHE-05")
                        .checkedBy("PreflightCacheHeaders"),
                Rule.of("preflight-cache.stable-urls", INFO, SpecRef.fetch("concept-cache-match", "4.9 CORS-preflight cache"),
                        "Preflighted calls use stable URLs so cached preflights are reused",
                        "Entries are keyed by the full URL: per-call query strings defeat Access-Control-Max-Age")
                        .labels("R-CACHE-01").detectedBy(Detection.OPERATOR)
                        .notGraded("the URLs the owner's clients call are not on the wire: the kit calls each "
                                + "endpoint with its own unique query")));
    }
}
