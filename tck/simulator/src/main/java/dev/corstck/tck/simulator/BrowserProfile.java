package dev.corstck.tck.simulator;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The documented differences between the Fetch standard and one engine (tck/SPEC-NOTES.md#browser-differences): max-age
 * parsing and cap, whether {@code *} in {@code Access-Control-Allow-Headers} covers {@code Authorization}, extra
 * safelisted request headers, cookie policy, preflight-cache structure and check order.
 *
 * @param wildcardCoversAuthorization whether {@code Access-Control-Allow-Headers: *} lets {@code Authorization} through
 *     (the spec says no; all three engines say yes, whatwg/fetch#1919)
 * @param clientHintsSafelisted whether Chromium's extra safelisted request headers ({@code DPR}, {@code Save-Data}, …)
 *     are honoured
 * @param redirectKeepsBodyHeaders whether a redirect that turns the request into a GET keeps {@code Content-Type} and
 *     the other request-body headers (WebKit, observed in the browser differential test; the spec drops them)
 * @param clearsCacheOnActualFailure whether a network error after a passed preflight (the actual response failing
 *     its CORS check) clears the preflight cache entries, as fetch#main-fetch says; Chromium and WebKit keep them
 *     (found by the browser differential test)
 * @param safelistEachAppendedValue whether each value script appended is judged on its own, with no 1024-byte total
 *     (Firefox, found by the browser differential test: nine 120-byte {@code Accept} values go without a preflight),
 *     rather than the combined value per name with the total limit (Chromium, WebKit, and this model's spec profile;
 *     see fetch#cors-unsafe-request-header-names)
 * @param blocksHttpFromSecurePages whether a secure (https) page's fetch of an http URL is blocked as mixed content
 *     even on loopback (WebKit, found by certifying real servers: an https page calling http://127.0.0.1 gets a
 *     network error and the request is never sent; Chromium and Firefox treat loopback as potentially trustworthy)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BrowserProfile(
        Engine engine,
        MaxAgeRule maxAge,
        boolean wildcardCoversAuthorization,
        boolean clientHintsSafelisted,
        CookiePolicy cookies,
        CacheModel cacheModel,
        PreflightCheckOrder preflightCheckOrder,
        boolean redirectKeepsBodyHeaders,
        boolean clearsCacheOnActualFailure,
        boolean safelistEachAppendedValue,
        boolean blocksHttpFromSecurePages) {

    /** The Fetch standard as written: no max-age cap, {@code *} never covers {@code Authorization}. */
    public static final BrowserProfile SPEC = new BrowserProfile(Engine.SPEC,
            new MaxAgeRule(MaxAgeRule.Parsing.SPEC, Long.MAX_VALUE), false, false,
            new CookiePolicy(CookiePolicy.ThirdParty.ALLOW, false, true), CacheModel.SPEC_ENTRIES,
            PreflightCheckOrder.CORS_CHECK_FIRST, false, true, false, false);

    /** Chromium: max-age capped at 7200 s; third-party cookies blocked except CHIPS (as observed headless here). */
    public static final BrowserProfile CHROMIUM = new BrowserProfile(Engine.CHROMIUM,
            new MaxAgeRule(MaxAgeRule.Parsing.CHROMIUM, 7200), true, true,
            new CookiePolicy(CookiePolicy.ThirdParty.BLOCK_UNPARTITIONED, true, true),
            CacheModel.CHROMIUM_RESULT_PER_KEY, PreflightCheckOrder.CORS_CHECK_FIRST, false, false, false, false);

    /**
     * Firefox: max-age capped at 86400 s, non-digits not cached; Total Cookie Protection partitions; each appended
     * request-header value judged alone, with no 1024-byte total.
     */
    public static final BrowserProfile FIREFOX = new BrowserProfile(Engine.FIREFOX,
            new MaxAgeRule(MaxAgeRule.Parsing.FIREFOX, 86400), true, false,
            new CookiePolicy(CookiePolicy.ThirdParty.PARTITION, false, true), CacheModel.FIREFOX_ENTRIES,
            PreflightCheckOrder.STATUS_FIRST, false, true, true, false);

    /**
     * WebKit: max-age capped at 600 s; third-party cookies blocked; one cache item per URL; keeps request-body headers
     * when a 303 turns the request into a GET; blocks http URLs from https pages, loopback included (mixed content).
     */
    public static final BrowserProfile WEBKIT = new BrowserProfile(Engine.WEBKIT,
            new MaxAgeRule(MaxAgeRule.Parsing.WEBKIT, 600), true, false,
            new CookiePolicy(CookiePolicy.ThirdParty.BLOCK, false, false), CacheModel.WEBKIT_ITEM_PER_KEY,
            PreflightCheckOrder.STATUS_FIRST, true, false, false, true);

    /** The spec and the three engines, spec first. */
    public static final List<BrowserProfile> ALL = List.of(SPEC, CHROMIUM, FIREFOX, WEBKIT);

    public BrowserProfile {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(maxAge, "maxAge must not be null");
        Objects.requireNonNull(cookies, "cookies must not be null");
        Objects.requireNonNull(cacheModel, "cacheModel must not be null");
        Objects.requireNonNull(preflightCheckOrder, "preflightCheckOrder must not be null");
    }

    /** The profile's name, the engine id ({@code spec}, {@code chromium}, …). */
    public String name() {
        return engine.id();
    }

    /** A copy with another cookie policy, e.g. a browser launched with third-party cookies allowed. */
    public BrowserProfile withCookies(CookiePolicy newCookies) {
        return new BrowserProfile(engine, maxAge, wildcardCoversAuthorization, clientHintsSafelisted, newCookies,
                cacheModel, preflightCheckOrder, redirectKeepsBodyHeaders, clearsCacheOnActualFailure, safelistEachAppendedValue,
                blocksHttpFromSecurePages);
    }

    /** The built-in profile for {@code engine}. */
    public static BrowserProfile of(Engine engine) {
        return ALL.stream().filter(p -> p.engine() == engine).findFirst().orElseThrow();
    }
}
