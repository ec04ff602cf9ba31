package dev.corstck.tck.explain;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.tck.simulator.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Fix one problem at a time in the responses, to find what would block the request next: a browser reports only
 * the first failing check (Chromium checks the method before the headers, so "Method PUT is not allowed" can hide
 * an Authorization header the server refuses too).
 */
final class Patches implements Responder {

    /** One change to the preflight or the actual response. */
    private record Patch(boolean preflight, BiFunction<RawRequest, RawResponse, RawResponse> apply) {
    }

    private final Responder inner;
    private final List<Patch> patches = new ArrayList<>();

    Patches(Responder inner) {
        this.inner = inner;
    }

    /** Add the change that removes {@code block}; false when there is none to make (the page's own error). */
    boolean fix(Block block) {
        Optional<Patch> p = patchFor(block);
        p.ifPresent(patches::add);
        return p.isPresent();
    }

    @Override
    public RawResponse respond(String origin, RawRequest request) throws ResponderException {
        RawResponse r = inner.respond(origin, request);
        boolean preflight = Evidence.isPreflight(request);
        for (Patch p : patches) {
            if (p.preflight() == preflight) {
                r = p.apply().apply(request, r);
            }
        }
        return r;
    }

    private static Optional<Patch> patchFor(Block block) {
        String detail = block.detail();
        return switch (block.reason()) {
            case MISSING_ALLOW_ORIGIN, MULTIPLE_ALLOW_ORIGIN, INVALID_ALLOW_ORIGIN, ALLOW_ORIGIN_MISMATCH,
                    WILDCARD_ORIGIN_NOT_ALLOWED -> Optional.of(actual(Patches::exactOrigin));
            case INVALID_ALLOW_CREDENTIALS -> Optional.of(actual((q, r) -> set(r, "Access-Control-Allow-Credentials",
                    "true")));
            case PREFLIGHT_MISSING_ALLOW_ORIGIN, PREFLIGHT_MULTIPLE_ALLOW_ORIGIN, PREFLIGHT_INVALID_ALLOW_ORIGIN,
                    PREFLIGHT_ALLOW_ORIGIN_MISMATCH, PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED ->
                    Optional.of(preflight(Patches::exactOrigin));
            case PREFLIGHT_INVALID_ALLOW_CREDENTIALS -> Optional.of(preflight((q, r) -> set(r,
                    "Access-Control-Allow-Credentials", "true")));
            case PREFLIGHT_INVALID_STATUS, PREFLIGHT_DISALLOWED_REDIRECT -> Optional.of(preflight((q, r) ->
                    new RawResponse(204, r.headers().without("Location"), "")));
            case METHOD_DISALLOWED -> Optional.of(preflight((q, r) -> append(r, "Access-Control-Allow-Methods",
                    q.headers().first("Access-Control-Request-Method").orElse(detail))));
            case HEADER_DISALLOWED, AUTHORIZATION_NOT_COVERED_BY_WILDCARD -> Optional.of(preflight((q, r) ->
                    append(r, "Access-Control-Allow-Headers", detail)));
            case INVALID_ALLOW_METHODS -> Optional.of(preflight((q, r) -> set(r, "Access-Control-Allow-Methods",
                    q.headers().first("Access-Control-Request-Method").orElse(""))));
            case INVALID_ALLOW_HEADERS -> Optional.of(preflight((q, r) -> set(r, "Access-Control-Allow-Headers",
                    q.headers().first("Access-Control-Request-Headers").orElse(""))));
            default -> Optional.empty();
        };
    }

    private static Patch actual(BiFunction<RawRequest, RawResponse, RawResponse> f) {
        return new Patch(false, f);
    }

    private static Patch preflight(BiFunction<RawRequest, RawResponse, RawResponse> f) {
        return new Patch(true, f);
    }

    private static RawResponse exactOrigin(RawRequest q, RawResponse r) {
        return set(r, "Access-Control-Allow-Origin", q.headers().first("Origin").orElse("null"));
    }

    private static RawResponse set(RawResponse r, String name, String value) {
        HeaderList h = r.headers().without(name).with(name, value);
        return new RawResponse(r.status(), h, r.body());
    }

    private static RawResponse append(RawResponse r, String name, String value) {
        String joined = r.headers().combined(name).filter(v -> !v.isBlank()).map(v -> v + ", " + value).orElse(value);
        return set(r, name, joined);
    }
}
