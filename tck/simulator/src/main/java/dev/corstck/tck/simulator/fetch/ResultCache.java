package dev.corstck.tck.simulator.fetch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One result per (partition, origin, URL), replaced by every successful preflight: Chromium's {@code PreflightResult}
 * and WebKit's {@code CrossOriginPreflightResultCacheItem}; WebKit also drops the item when a request misses it.
 */
final class ResultCache implements PreflightCache {

    private record Result(boolean credentialed, List<String> methods, List<String> headers, long expiresAt) {
    }

    private final Map<CacheKey, Result> results = new HashMap<>();
    private final boolean starCoversAuthorization;
    private final boolean removeOnMiss;

    ResultCache(boolean starCoversAuthorization, boolean removeOnMiss) {
        this.starCoversAuthorization = starCoversAuthorization;
        this.removeOnMiss = removeOnMiss;
    }

    private Result usable(CacheKey key, boolean credentialed, long now) {
        Result r = results.get(key);
        return r != null && now < r.expiresAt() && (r.credentialed() || !credentialed) ? r : null;
    }

    @Override
    public boolean matchesMethod(CacheKey key, String method, boolean credentialed, long now) {
        Result r = usable(key, credentialed, now);
        return r != null && r.methods().stream().anyMatch(m -> PreflightCache.methodAllowed(m, method, credentialed));
    }

    @Override
    public boolean matchesHeader(CacheKey key, String name, boolean credentialed, long now) {
        Result r = usable(key, credentialed, now);
        return r != null && r.headers().stream()
                .anyMatch(h -> PreflightCache.headerAllowed(h, name, credentialed, starCoversAuthorization));
    }

    @Override
    public void store(CacheKey key, boolean credentialed, List<String> methods, List<String> headers,
            long maxAgeSeconds, long now) {
        results.put(key, new Result(credentialed, List.copyOf(methods), List.copyOf(headers),
                PreflightCache.expiry(now, maxAgeSeconds)));
    }

    @Override
    public void clear(CacheKey key) {
        results.remove(key);
    }

    @Override
    public void onMiss(CacheKey key) {
        if (removeOnMiss) {
            results.remove(key);
        }
    }

    @Override
    public int size() {
        return results.size();
    }
}
