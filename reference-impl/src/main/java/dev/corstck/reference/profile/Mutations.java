package dev.corstck.reference.profile;

import dev.corstck.reference.decision.Handling;
import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.preflight.RequestKind;
import java.util.Optional;

/** The response mutations of the mistake profiles, one small function each. */
final class Mutations {

    private Mutations() {
    }

    /** {@code origin: '*'} with {@code credentials: true}: every allowed answer says {@code *}. */
    static RawResponse wildcardOrigin(Exchange e) {
        return e.response().headers().contains(CorsHeaders.ALLOW_ORIGIN)
                ? with(e.response(), e.response().headers().replacing(CorsHeaders.ALLOW_ORIGIN, "*")) : e.response();
    }

    /** {@code app.use(cors())} after the routes: routed answers carry no CORS headers. */
    static RawResponse corsAfterRoutes(Exchange e) {
        boolean routed = e.route() == Route.MATCHED && e.decision().handling() instanceof Handling.PassOn;
        return routed ? e.application() : e.response();
    }

    /** An origin callback without the {@code !origin} guard: no {@code Origin} (or a refused one) is a 500. */
    static RawResponse callbackWithoutGuard(Exchange e) {
        boolean noOrigin = !e.request().headers().contains(CorsHeaders.ORIGIN);
        boolean refused = e.decision() instanceof dev.corstck.reference.decision.Decision.Disallowed d
                && d.denial().isAboutOrigin();
        if (!noOrigin && !refused) {
            return e.response();
        }
        String origin = e.request().headers().first(CorsHeaders.ORIGIN).orElse("undefined");
        return new RawResponse(500, HeaderList.of("Content-Type", "text/html; charset=utf-8"),
                "<pre>Error: Origin " + (noOrigin ? origin : "not allowed") + "</pre>\n");
    }

    /** The application's own {@code Vary} only: the CORS layer never adds {@code Origin}. */
    static RawResponse missingVary(Exchange e) {
        HeaderList headers = e.response().headers().without(CorsHeaders.VARY);
        for (String line : e.application().headers().all(CorsHeaders.VARY)) {
            headers = headers.with(CorsHeaders.VARY, line);
        }
        return with(e.response(), headers);
    }

    /** The CORS layer sets {@code Vary} instead of merging it, erasing the application's names. */
    static RawResponse varyOverwritten(Exchange e) {
        Optional<String> cors = e.decision().headers().first(CorsHeaders.VARY);
        return cors.map(v -> with(e.response(), e.response().headers().replacing(CorsHeaders.VARY, v)))
                .orElse(e.response());
    }

    /** A proxy and the application both add {@code Access-Control-Allow-Origin}. */
    static RawResponse duplicateAllowOrigin(Exchange e) {
        return e.response().headers().first(CorsHeaders.ALLOW_ORIGIN)
                .map(v -> with(e.response(), e.response().headers().with(CorsHeaders.ALLOW_ORIGIN, v)))
                .orElse(e.response());
    }

    /** The allowed origin is written from a URL with its trailing slash. */
    static RawResponse trailingSlash(Exchange e) {
        return e.response().headers().first(CorsHeaders.ALLOW_ORIGIN).filter(v -> !v.equals("*"))
                .map(v -> with(e.response(), e.response().headers().replacing(CorsHeaders.ALLOW_ORIGIN, v + "/")))
                .orElse(e.response());
    }

    /** The router has no {@code OPTIONS} route: preflights get 405 (with the CORS headers). */
    static RawResponse preflightNotOk(Exchange e) {
        if (e.decision().kind() != RequestKind.PREFLIGHT) {
            return e.response();
        }
        return new RawResponse(405, e.response().headers().with("Allow", "GET, HEAD, POST, PUT, DELETE"), "");
    }

    /** A trailing-slash redirect also catches preflights. */
    static RawResponse preflightRedirect(Exchange e) {
        if (e.decision().kind() != RequestKind.PREFLIGHT) {
            return e.response();
        }
        String target = e.request().path() + "/" + query(e.request().target());
        return new RawResponse(301, e.response().headers().with("Location", target), "");
    }

    /** Authentication runs before CORS, and preflights never carry credentials: every preflight is a 401. */
    static RawResponse preflightRequiresAuth(Exchange e) {
        boolean credentials = e.request().headers().contains("Authorization") || e.request().headers().contains("Cookie");
        if (e.decision().kind() != RequestKind.PREFLIGHT || credentials) {
            return e.response();
        }
        return new RawResponse(401, HeaderList.of("WWW-Authenticate", "Bearer realm=\"api\"",
                "Content-Type", "application/json"), "{\"error\":\"unauthorized\"}");
    }

    /** A duration string where delta-seconds belong (see fetch#http-access-control-max-age). */
    static RawResponse maxAgeUnparseable(Exchange e) {
        return e.response().headers().contains(CorsHeaders.MAX_AGE)
                ? with(e.response(), e.response().headers().replacing(CorsHeaders.MAX_AGE, "10m")) : e.response();
    }

    /** The exposed-header list is forgotten, so scripts cannot read custom headers. */
    static RawResponse exposeHeadersMissing(Exchange e) {
        return with(e.response(), e.response().headers().without(CorsHeaders.EXPOSE_HEADERS));
    }

    private static String query(String target) {
        int q = target.indexOf('?');
        return q < 0 ? "" : target.substring(q);
    }

    private static RawResponse with(RawResponse response, HeaderList headers) {
        return new RawResponse(response.status(), headers, response.body());
    }
}
