package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch's background reading "CORS protocol and HTTP caches". */
final class HttpCacheRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("cors-protocol-and-http-caches", "Background reading: CORS protocol and HTTP caches");

    private HttpCacheRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("http-cache", "CORS and HTTP caches", SECTION, List.of(
                Rule.of("http-cache.vary-origin", MUST, SECTION,
                        "A cacheable response whose CORS headers depend on Origin carries `Vary: Origin`, also when "
                                + "it answers a request without Origin",
                        "MUST by consequence: a browser or shared cache hands one origin's CORS answer (or the "
                                + "no-Origin copy) to another origin: blocked calls, or a grant replayed to the wrong site")
                        .labels("R-VARY-01")
                        .checkedBy("CacheChecks"),
                Rule.of("http-cache.vary-cookie", MUST, SECTION,
                        "A storable response whose CORS headers depend on the Cookie carries `Vary: Cookie`",
                        "MUST by consequence: a tenant or session cookie that chooses the allowed origin, without "
                                + "Vary, lets a cache replay one user's credentialed grant to another user's request")
                        .labels("R-VARY-01")
                        .checkedBy("CookieProbes", "CorsOnErrorsAndCookiesTests"),
                Rule.of("http-cache.static-acao-always", SHOULD, SECTION,
                        "A static Access-Control-Allow-Origin (`*` or one origin) is sent with or without Origin",
                        "A copy cached from a request without Origin must still pass the CORS check")
                        .labels("R-VARY-02")
                        .checkedBy("StaticAcao", "StaticAcaoTests"),
                Rule.of("http-cache.preflight-vary", SHOULD, SECTION,
                        "A preflight answer that follows the request's Origin, Access-Control-Request-Method or "
                                + "-Headers (reflection) names that header in Vary",
                        "SHOULD where the answer is HTTP-cacheable (explicit freshness), INFO otherwise: OPTIONS "
                                + "responses are not cacheable by HTTP rules and browsers key their own preflight "
                                + "cache, so only a cache set up to store OPTIONS replays one answer to another "
                                + "request, and the harm is a failed call, never a leak")
                        .labels("R-VARY-03")
                        .checkedBy("PreflightVary")));
    }
}
