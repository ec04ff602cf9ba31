package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.method.Methods;
import java.util.List;
import java.util.Optional;

/** Decide from the preflight cache whether a preflight must go out (see fetch#concept-http-fetch, makeCORSPreflight). */
final class PreflightDecision {

    private PreflightDecision() {
    }

    /** Send the preflight unless the cache covers the method and every unsafe header; empty when fine to proceed. */
    static Optional<Failure> preflightIfNeeded(FetchParams p) {
        FetchState s = p.state;
        List<String> unsafe = s.unsafeNames();
        CacheKey key = CacheKey.of(s);
        boolean credentialed = s.credentialsInclude();
        long now = p.clock.nowMillis();
        boolean methodMiss = !p.cache.matchesMethod(key, s.method, credentialed, now)
                && (!Methods.isCorsSafelisted(s.method) || s.useCorsPreflight);
        List<String> headerMisses = unsafe.stream()
                .filter(n -> !p.cache.matchesHeader(key, n, credentialed, now)).toList();
        if (!methodMiss && headerMisses.isEmpty()) {
            s.trace.info("concept-cache-match", "preflight cache", "cache entries for " + key.origin() + " and "
                    + key.url() + " cover " + s.method + (unsafe.isEmpty() ? "" : " and " + unsafe)
                    + ": no preflight");
            return Optional.empty();
        }
        p.cache.onMiss(key);
        s.trace.info("concept-cache-match", "preflight cache", "no usable cache entry for "
                + (methodMiss ? "method " + s.method + (headerMisses.isEmpty() ? "" : " and ") : "")
                + (headerMisses.isEmpty() ? "" : "headers " + headerMisses) + ": a preflight goes out");
        return PreflightFetch.run(p, unsafe);
    }
}
