package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.cors.CorsCheckFailure;
import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.List;
import java.util.Optional;

/** Main fetch and HTTP fetch: classify the request, preflight when due, send it, CORS-check the answer. */
final class MainFetch {

    private MainFetch() {
    }

    /** Run main fetch for the request's current URL (see fetch#concept-main-fetch). */
    static FetchResult run(FetchParams p) {
        FetchState s = p.state;
        FetchUrl url = s.currentUrl();
        if (url.scheme().equals("data")) {
            s.trace.info("concept-main-fetch", "classify", url.scheme() + ": URL: fetched as basic, no CORS check");
            return new FetchResult.Delivered(new RawResponse(200,
                    HeaderList.of("Content-Type", "text/plain;charset=US-ASCII"), ""));
        }
        if (s.profile.blocksHttpFromSecurePages() && url.scheme().equals("http")
                && s.origin() instanceof TupleOrigin page && page.scheme().equals("https")) {
            return networkError(s, Failure.of(BlockReason.MIXED_CONTENT, url.toString()), "mixed content",
                    s.profile.name() + " blocks the http URL " + url + " from the secure page " + page.serialize()
                            + " as mixed content, loopback included (observed): the request is not sent");
        }
        if (url.origin().isSameOrigin(s.origin()) && s.tainting == Tainting.BASIC) {
            s.trace.info("concept-main-fetch", "classify", url.origin() + " is the page's origin: basic, no CORS check");
            return httpFetch(p, false);
        }
        if (s.input.mode() == RequestMode.SAME_ORIGIN) {
            return networkError(s, Failure.of(BlockReason.DISALLOWED_BY_MODE, ""), "classify",
                    "mode same-origin forbids the cross-origin URL " + url);
        }
        if (s.input.mode() == RequestMode.NO_CORS) {
            if (s.input.redirect() != RedirectMode.FOLLOW) {
                return networkError(s, Failure.of(BlockReason.NO_CORS_REDIRECT_NOT_FOLLOW, ""), "classify",
                        "mode no-cors requires redirect mode follow");
            }
            s.tainting = Tainting.OPAQUE;
            s.trace.info("concept-main-fetch", "classify", "mode no-cors, cross-origin: response tainting opaque");
            return httpFetch(p, false);
        }
        if (!url.isHttpScheme()) {
            return networkError(s, Failure.of(BlockReason.CORS_DISABLED_SCHEME, url.scheme()), "classify",
                    "CORS needs an HTTP(S) URL, not " + url.scheme() + ":");
        }
        return corsFetch(p);
    }

    /** The two CORS branches of main fetch: with or without the preflight path. */
    private static FetchResult corsFetch(FetchParams p) {
        FetchState s = p.state;
        s.tainting = Tainting.CORS;
        List<String> unsafe = s.unsafeNames();
        boolean unsafeMethod = !Methods.isCorsSafelisted(s.method);
        if (!s.useCorsPreflight && !unsafeMethod && unsafe.isEmpty()) {
            s.trace.info("cors-safelisted-method", "classify", "cross-origin " + s.method
                    + " with only CORS-safelisted headers: response tainting cors, no preflight needed");
            return httpFetch(p, false);
        }
        List<String> why = new java.util.ArrayList<>();
        if (unsafeMethod) {
            why.add("method " + s.method + " is not CORS-safelisted");
        }
        if (!unsafe.isEmpty()) {
            why.add("CORS-unsafe headers " + unsafe);
        }
        if (s.useCorsPreflight) {
            why.add("use-CORS-preflight flag set (stream body)");
        }
        s.trace.info("cors-unsafe-request-header-names", "classify", "cross-origin request needing the preflight "
                + "path: " + String.join("; ", why));
        FetchResult r = httpFetch(p, true);
        if (r instanceof FetchResult.NetworkError && !s.profile.clearsCacheOnActualFailure()) {
            s.trace.diverges("concept-cache-clear", "clear cache entries", s.profile.name() + " keeps the preflight"
                    + " cache entries when the actual response fails (observed)");
        } else if (r instanceof FetchResult.NetworkError) {
            p.cache.clear(CacheKey.of(s));
            s.trace.info("concept-cache-clear", "clear cache entries", "network error: preflight cache entries for "
                    + s.serializedOrigin() + " and " + s.currentUrl() + " removed");
        }
        return r;
    }

    /** HTTP fetch: the preflight if the cache does not cover the request, then the request (see fetch#concept-http-fetch). */
    static FetchResult httpFetch(FetchParams p, boolean makePreflight) {
        FetchState s = p.state;
        if (!s.currentUrl().isHttpScheme()) {
            return networkError(s, Failure.of(BlockReason.CORS_DISABLED_SCHEME, s.currentUrl().scheme()), "classify",
                    "only HTTP(S) URLs are fetched over the network");
        }
        if (makePreflight) {
            Optional<Failure> preflight = PreflightDecision.preflightIfNeeded(p);
            if (preflight.isPresent()) {
                return new FetchResult.NetworkError(preflight.get());
            }
        }
        Optional<RawResponse> sent = p.send(ExchangeKind.ACTUAL, WireRequests.actual(s, p.jar));
        if (sent.isEmpty()) {
            return new FetchResult.NetworkError(Failure.of(BlockReason.NETWORK_FAILURE, ""));
        }
        RawResponse r = sent.get();
        s.trace.info("http-network-or-cache-fetch", "request sent", s.method + " " + s.currentUrl() + " answered "
                + r.status());
        processCookies(p, r);
        if (s.tainting == Tainting.CORS) {
            Optional<CorsCheckFailure> check = CorsCheckTrace.run(s, r);
            if (check.isPresent()) {
                CorsCheckFailure f = check.get();
                s.trace.failed("concept-cors-check", "CORS check", CorsCheckTrace.describe(f, s.serializedOrigin()));
                return new FetchResult.NetworkError(
                        new Failure(CorsCheckTrace.reason(f.kind(), false), f.value(), r.status(), f.lines()));
            }
            s.trace.passed("concept-cors-check", "CORS check", CorsCheckTrace.describePass(s, r));
        }
        return r.isRedirect() ? RedirectFetch.handle(p, r) : new FetchResult.Delivered(r);
    }

    /** Store {@code Set-Cookie} when credentials were included, whatever the CORS check says (R-CRED-02). */
    private static void processCookies(FetchParams p, RawResponse r) {
        FetchState s = p.state;
        List<String> setCookies = Fields.all(r.headers(), "Set-Cookie");
        if (setCookies.isEmpty()) {
            return;
        }
        if (!s.includesCredentials()) {
            s.trace.info("concept-request-credentials-mode", "cookies", "Set-Cookie ignored: credentials not included");
            return;
        }
        List<String> refused = p.jar.storeAll(s.currentUrl(), setCookies, s.origin().site());
        s.trace.info("concept-request-credentials-mode", "cookies", (setCookies.size() - refused.size())
                + " cookie(s) stored" + (refused.isEmpty() ? "" : "; refused by " + s.profile.name()
                + " cookie policy: " + refused));
    }

    static FetchResult networkError(FetchState s, Failure f, String check, String detail) {
        s.trace.failed(f.reason().anchor(), check, detail);
        return new FetchResult.NetworkError(f);
    }
}
