package dev.corstck.tck.simulator.fetch;

import dev.corstck.tck.simulator.BrowserProfile;
import java.util.List;
import java.util.Locale;

/**
 * A CORS-preflight cache (see fetch#cors-preflight-cache); each engine structures it differently
 * (tck/SPEC-NOTES.md#preflight-cache).
 *
 * <p>An entry of {@code *} is a wildcard only for requests whose credentials mode is not "include": a credentialed
 * preflight stores {@code *} literally (see fetch#cors-preflight-fetch-0, the wildcard steps).
 */
interface PreflightCache {

    /** Answer whether an unexpired entry allows {@code method} (see fetch#concept-cache-match-method). */
    boolean matchesMethod(CacheKey key, String method, boolean credentialed, long nowMillis);

    /** Answer whether an unexpired entry allows header {@code name} (see fetch#concept-cache-match-header). */
    boolean matchesHeader(CacheKey key, String name, boolean credentialed, long nowMillis);

    /** Store what a successful preflight allowed (see fetch#concept-cache-create-entry). */
    void store(CacheKey key, boolean credentialed, List<String> methods, List<String> headers, long maxAgeSeconds,
            long nowMillis);

    /** Remove the entries of {@code key} after a network error (see fetch#concept-cache-clear). */
    void clear(CacheKey key);

    /** Note that a request missed the cache for {@code key} (WebKit then drops its item). */
    void onMiss(CacheKey key);

    /** Count live entries or items, for tests. */
    int size();

    /** The cache structure of {@code profile}. */
    static PreflightCache create(BrowserProfile profile) {
        return switch (profile.cacheModel()) {
            case SPEC_ENTRIES -> new EntryCache(profile.wildcardCoversAuthorization(), false);
            case FIREFOX_ENTRIES -> new EntryCache(profile.wildcardCoversAuthorization(), true);
            case CHROMIUM_RESULT_PER_KEY -> new ResultCache(profile.wildcardCoversAuthorization(), false);
            case WEBKIT_ITEM_PER_KEY -> new ResultCache(profile.wildcardCoversAuthorization(), true);
        };
    }

    /** Answer whether a stored header value {@code stored} allows request header {@code name}. */
    static boolean headerAllowed(String stored, String name, boolean credentialed, boolean starCoversAuthorization) {
        if (stored.equalsIgnoreCase(name)) {
            return true;
        }
        boolean authorization = name.toLowerCase(Locale.ROOT).equals("authorization");
        return stored.equals("*") && !credentialed && (!authorization || starCoversAuthorization);
    }

    /** Answer whether a stored method value {@code stored} allows {@code method}. */
    static boolean methodAllowed(String stored, String method, boolean credentialed) {
        return stored.equals(method) || (stored.equals("*") && !credentialed);
    }

    /** The expiry instant of an entry stored at {@code nowMillis} for {@code maxAgeSeconds}, saturating. */
    static long expiry(long nowMillis, long maxAgeSeconds) {
        return maxAgeSeconds >= Long.MAX_VALUE / 2000 ? Long.MAX_VALUE : nowMillis + maxAgeSeconds * 1000;
    }
}
