package dev.corstck.tck.grading;

import dev.corstck.fetch.cors.CorsCheck;
import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.http.RawResponse;
import java.util.List;

/** Read what a response's CORS headers grant: the header arithmetic every check shares (see fetch#concept-cors-check). */
final class Grants {

    static final String ACAO = CorsCheck.ALLOW_ORIGIN;
    static final String ACAC = CorsCheck.ALLOW_CREDENTIALS;
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";
    static final String ACEH = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";

    private Grants() {
    }

    /**
     * Answer whether the response lets {@code origin} read it without credentials: the shared CORS check with
     * credentials mode {@code omit}, so one ACAO line, {@code *} or exactly the origin (see fetch#concept-cors-check).
     */
    static boolean grants(RawResponse response, String origin) {
        return CorsCheck.perform(response.headers()::all, origin, CredentialsMode.OMIT).isEmpty();
    }

    /** Answer whether the response echoes {@code origin} itself (not {@code *}) in its one ACAO line. */
    static boolean reflects(RawResponse response, String origin) {
        return HeaderValues.combine(response.headers().all(ACAO)).equals(origin);
    }

    /** Answer whether the response says {@code Access-Control-Allow-Credentials: true}, once, exactly. */
    static boolean allowsCredentials(RawResponse response) {
        return HeaderValues.combine(response.headers().all(ACAC)).equals("true");
    }

    /** Answer whether the response carries {@code Access-Control-Allow-Origin: *}. */
    static boolean isWildcard(RawResponse response) {
        return HeaderValues.combine(response.headers().all(ACAO)).equals("*");
    }

    /** The response's ACAO lines joined for messages, {@code (absent)} when none. */
    static String acaoText(RawResponse response) {
        List<String> acao = response.headers().all(ACAO);
        return acao.isEmpty() ? "(absent)" : String.join(" | ", acao);
    }

    /** Statuses a cache may store without explicit freshness (RFC 9110 section 15.1). */
    static final java.util.Set<Integer> HEURISTICALLY_CACHEABLE = java.util.Set.of(200, 203, 204, 206, 300, 301, 308,
            404, 405, 410, 414, 501);

    /** Answer whether a shared cache may keep the response: its Cache-Control says neither no-store nor private. */
    static boolean sharedCacheMayStore(RawResponse response) {
        return !lists(response, "Cache-Control", "no-store") && !lists(response, "Cache-Control", "private");
    }

    /** Answer whether a cache may keep the response with no freshness of its own: a heuristically cacheable status. */
    static boolean heuristicallyStorable(RawResponse response) {
        return HEURISTICALLY_CACHEABLE.contains(response.status()) && sharedCacheMayStore(response);
    }

    /** Answer whether the header lists ({@code Vary}, ACEH...) named {@code name} hold {@code token}, ignoring case. */
    static boolean lists(RawResponse response, String name, String token) {
        return response.headers().all(name).stream().flatMap(v -> List.of(v.split(",")).stream())
                .anyMatch(t -> HttpWhitespace.strip(t).equalsIgnoreCase(token));
    }
}
