package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Redirect handling: the redirect mode, then HTTP-redirect fetch (see fetch#http-redirect-fetch). */
final class RedirectFetch {

    /** 20 redirects are followed; the 21st is a network error (see fetch#http-redirect-fetch). */
    static final int MAX_REDIRECTS = 20;
    private static final Set<String> BODY_HEADERS = Set.of("content-encoding", "content-language",
            "content-location", "content-type");
    private static final String ANCHOR = "http-redirect-fetch";

    private RedirectFetch() {
    }

    static FetchResult handle(FetchParams p, RawResponse r) {
        FetchState s = p.state;
        switch (s.input.redirect()) {
            case ERROR:
                return MainFetch.networkError(s, Failure.of(BlockReason.REDIRECT_MODE_ERROR, ""), "redirect mode",
                        "redirect mode error: a " + r.status() + " is a network error");
            case MANUAL:
                s.trace.info("concept-filtered-response-opaque-redirect", "redirect mode",
                        "redirect mode manual: an opaque-redirect response");
                return new FetchResult.OpaqueRedirect();
            default:
                return follow(p, r);
        }
    }

    private static FetchResult follow(FetchParams p, RawResponse r) {
        FetchState s = p.state;
        List<String> locations = Fields.all(r.headers(), "Location");
        if (locations.isEmpty()) {
            s.trace.info(ANCHOR, "follow redirect", r.status() + " without Location: the response itself is returned");
            return new FetchResult.Delivered(r);
        }
        Optional<FetchUrl> parsed = locations.stream().distinct().count() == 1
                ? s.currentUrl().resolve(locations.get(0)) : Optional.empty();
        if (parsed.isEmpty()) {
            return fail(s, BlockReason.REDIRECT_LOCATION_INVALID, String.join(", ", locations), "Location "
                    + locations + " does not parse as a URL");
        }
        FetchUrl loc = parsed.get();
        Optional<FetchResult> refused = refuse(s, r, loc);
        if (refused.isPresent()) {
            return refused.get();
        }
        s.redirectCount++;
        rewriteMethod(s, r.status());
        if (!s.currentUrl().origin().isSameOrigin(loc.origin())
                && s.headers.removeIf(h -> h.hasName("Authorization"))) {
            s.trace.info(ANCHOR, "follow redirect", "Authorization removed on a cross-origin hop");
        }
        s.headersChanged();
        s.urlList.add(loc);
        s.trace.info(ANCHOR, "follow redirect", r.status() + " to " + loc + " (hop " + s.redirectCount + "); Origin now "
                + s.serializedOrigin() + (s.hasRedirectTaintedOrigin() ? " (redirect-tainted, see "
                + "fetch#concept-request-tainted-origin)" : ""));
        return MainFetch.run(p);
    }

    private static Optional<FetchResult> refuse(FetchState s, RawResponse r, FetchUrl loc) {
        if (!loc.isHttpScheme()) {
            return Optional.of(fail(s, BlockReason.REDIRECT_TO_NON_HTTP, loc.serialize(), "Location " + loc
                    + " is not an HTTP(S) URL"));
        }
        if (s.redirectCount == MAX_REDIRECTS) {
            return Optional.of(fail(s, BlockReason.TOO_MANY_REDIRECTS, loc.serialize(), "redirect count reached "
                    + MAX_REDIRECTS));
        }
        boolean crossOrigin = !s.origin().isSameOrigin(loc.origin());
        if (loc.includesCredentials() && ((s.input.mode() == RequestMode.CORS && crossOrigin)
                || s.tainting == Tainting.CORS)) {
            return Optional.of(fail(s, BlockReason.REDIRECT_CONTAINS_CREDENTIALS, loc.serialize(), "Location " + loc
                    + " includes credentials"));
        }
        if (r.status() != 303 && s.body.kind() == BodyKind.STREAM) {
            return Optional.of(fail(s, BlockReason.STREAM_BODY_REDIRECT, "", "a stream body cannot be resent"));
        }
        return Optional.empty();
    }

    /** 301/302 turn POST into GET, 303 turns anything but GET/HEAD into GET; the body and its headers go. */
    private static void rewriteMethod(FetchState s, int status) {
        boolean post = s.method.equals("POST");
        boolean rewrite = ((status == 301 || status == 302) && post)
                || (status == 303 && !s.method.equals("GET") && !s.method.equals("HEAD"));
        if (rewrite) {
            s.trace.info(ANCHOR, "follow redirect", status + " turns " + s.method + " into GET without a body");
            s.method = "GET";
            s.body = Body.none();
            if (s.profile.redirectKeepsBodyHeaders()) {
                s.trace.diverges(ANCHOR, "follow redirect", s.profile.name() + " keeps Content-Type and the other "
                        + "request-body headers; the spec removes them (see fetch#request-body-header-name)");
                return;
            }
            s.headers.removeIf(h -> BODY_HEADERS.contains(h.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static FetchResult fail(FetchState s, BlockReason reason, String detail, String why) {
        return MainFetch.networkError(s, Failure.of(reason, detail), "follow redirect", why);
    }
}
