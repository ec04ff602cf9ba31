package dev.corstck.tck.simulator.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry per method or header name, accumulating across preflights: the spec's structure and Firefox's. Firefox
 * keys entries by the credentials flag too, so credentialed and anonymous requests never share them.
 */
final class EntryCache implements PreflightCache {

    private record Entry(CacheKey key, boolean credentialed, boolean isMethod, String value, long expiresAt) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean starCoversAuthorization;
    private final boolean credentialsInKey;

    EntryCache(boolean starCoversAuthorization, boolean credentialsInKey) {
        this.starCoversAuthorization = starCoversAuthorization;
        this.credentialsInKey = credentialsInKey;
    }

    private boolean usable(Entry e, CacheKey key, boolean credentialed, long now) {
        boolean credentialsOk = credentialsInKey ? e.credentialed() == credentialed : e.credentialed() || !credentialed;
        return e.key().equals(key) && now < e.expiresAt() && credentialsOk;
    }

    @Override
    public boolean matchesMethod(CacheKey key, String method, boolean credentialed, long now) {
        return entries.stream().anyMatch(e -> e.isMethod() && usable(e, key, credentialed, now)
                && PreflightCache.methodAllowed(e.value(), method, credentialed));
    }

    @Override
    public boolean matchesHeader(CacheKey key, String name, boolean credentialed, long now) {
        return entries.stream().anyMatch(e -> !e.isMethod() && usable(e, key, credentialed, now)
                && PreflightCache.headerAllowed(e.value(), name, credentialed, starCoversAuthorization));
    }

    @Override
    public void store(CacheKey key, boolean credentialed, List<String> methods, List<String> headers,
            long maxAgeSeconds, long now) {
        long expiresAt = PreflightCache.expiry(now, maxAgeSeconds);
        methods.forEach(m -> upsert(new Entry(key, credentialed, true, m, expiresAt)));
        headers.forEach(h -> upsert(new Entry(key, credentialed, false, h, expiresAt)));
    }

    /** Refresh a matching entry's max-age or add a new one (see fetch#cors-preflight-fetch-0, the caching steps). */
    private void upsert(Entry fresh) {
        entries.removeIf(e -> e.key().equals(fresh.key()) && e.isMethod() == fresh.isMethod()
                && e.credentialed() == fresh.credentialed()
                && (fresh.isMethod() ? e.value().equals(fresh.value()) : e.value().equalsIgnoreCase(fresh.value())));
        entries.add(fresh);
    }

    @Override
    public void clear(CacheKey key) {
        entries.removeIf(e -> e.key().equals(key));
    }

    @Override
    public void onMiss(CacheKey key) {
        // Entries stay: a miss on one header does not invalidate the others.
    }

    @Override
    public int size() {
        return entries.size();
    }
}
