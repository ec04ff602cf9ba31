package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.cors.CorsCheckFailure;
import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.PreflightCheckOrder;
import java.util.List;
import java.util.Optional;

/** The CORS-preflight fetch: send {@code OPTIONS}, validate the answer, fill the cache (see fetch#cors-preflight-fetch-0). */
final class PreflightFetch {

    private static final String ANCHOR = "cors-preflight-fetch-0";

    private PreflightFetch() {
    }

    /** Run the preflight for the request in {@code p}; empty on success, else the failure. */
    static Optional<Failure> run(FetchParams p, List<String> unsafeNames) {
        FetchState s = p.state;
        Optional<RawResponse> sent = p.send(ExchangeKind.PREFLIGHT, WireRequests.preflight(s, unsafeNames));
        if (sent.isEmpty()) {
            return Optional.of(Failure.of(BlockReason.NETWORK_FAILURE, ""));
        }
        RawResponse r = sent.get();
        s.trace.info(ANCHOR, "preflight sent", "OPTIONS " + s.currentUrl() + " with Access-Control-Request-Method "
                + s.method + (unsafeNames.isEmpty() ? "" : ", Access-Control-Request-Headers "
                + String.join(",", unsafeNames)) + "; answered " + r.status());
        Optional<Failure> gate = statusAndCorsCheck(s, r);
        if (gate.isPresent()) {
            return gate;
        }
        PreflightGrant.Verdict verdict = PreflightGrant.validate(s, r, unsafeNames);
        if (verdict instanceof PreflightGrant.Denied d) {
            return Optional.of(d.failure());
        }
        store(p, r, ((PreflightGrant.Granted) verdict).grant());
        return Optional.empty();
    }

    /** Check the ok status and run the CORS check with the actual request's credentials mode (step 7). */
    private static Optional<Failure> statusAndCorsCheck(FetchState s, RawResponse r) {
        Optional<CorsCheckFailure> cors = CorsCheckTrace.run(s, r);
        boolean ok = r.isOk();
        if (cors.isEmpty() && ok) {
            s.trace.passed("concept-cors-check", "preflight CORS check", CorsCheckTrace.describePass(s, r));
            s.trace.passed("ok-status", "preflight status", r.status() + " is an ok status");
            return Optional.empty();
        }
        boolean statusFirst = s.profile.preflightCheckOrder() == PreflightCheckOrder.STATUS_FIRST;
        if (!ok && (statusFirst || cors.isEmpty())) {
            // A 3xx only counts as a redirect when it names a Location (Chromium reports PreflightInvalidStatus
            // otherwise, as observed through CDP).
            boolean redirect = r.isRedirect() && !Fields.all(r.headers(), "Location").isEmpty();
            BlockReason reason = redirect ? BlockReason.PREFLIGHT_DISALLOWED_REDIRECT
                    : BlockReason.PREFLIGHT_INVALID_STATUS;
            s.trace.failed("ok-status", "preflight status", r.status() + " is not an ok status (200-299)"
                    + (redirect ? "; a preflight is never redirected" : ""));
            return Optional.of(new Failure(reason, String.valueOf(r.status()), r.status(), 0));
        }
        CorsCheckFailure f = cors.orElseThrow();
        s.trace.failed("concept-cors-check", "preflight CORS check", CorsCheckTrace.describe(f, s.serializedOrigin()));
        return Optional.of(new Failure(CorsCheckTrace.reason(f.kind(), true), f.value(), r.status(), f.lines()));
    }

    /** Cache what the preflight allowed for max-age seconds, capped by the profile (steps 8 to 14). */
    private static void store(FetchParams p, RawResponse r, PreflightGrant g) {
        FetchState s = p.state;
        List<String> lines = Fields.all(r.headers(), "Access-Control-Max-Age");
        Optional<String> value = lines.isEmpty() ? Optional.empty() : Optional.of(HeaderValues.combine(lines));
        long maxAge = s.profile.maxAge().seconds(value);
        p.cache.store(CacheKey.of(s), s.credentialsInclude(), g.methods(), g.headers(), maxAge, p.clock.nowMillis());
        s.trace.info("http-access-control-max-age", "preflight cache", "Access-Control-Max-Age "
                + value.map(v -> "'" + v + "'").orElse("absent") + ": cached for " + maxAge + " s under "
                + s.profile.name() + " (methods " + g.methods() + ", headers " + g.headers() + ")");
    }
}
