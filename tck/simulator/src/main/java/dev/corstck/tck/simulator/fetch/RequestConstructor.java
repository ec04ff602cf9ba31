package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.header.HttpToken;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.Optional;

/** {@code new Request(url, init)}: the checks that throw and the header guards that drop (see fetch#request-class). */
final class RequestConstructor {

    /** A constructed request, or the TypeError the constructor throws. */
    sealed interface Construction permits Built, Thrown {
    }

    record Built(FetchState state) implements Construction {
    }

    record Thrown(Failure failure, String method) implements Construction {
    }

    private RequestConstructor() {
    }

    static Construction construct(FetchRequest req, BrowserProfile profile) {
        Optional<FetchUrl> url = FetchUrl.parse(req.url());
        String method = req.method();
        Optional<BlockReason> thrown = url.isEmpty() ? Optional.of(BlockReason.INVALID_URL)
                : url.get().includesCredentials() ? Optional.of(BlockReason.URL_CREDENTIALS)
                : methodProblem(req);
        if (thrown.isPresent()) {
            return new Thrown(Failure.of(thrown.get(), req.url()), method);
        }
        FetchState state = new FetchState(profile, req, url.get(), Methods.normalize(method));
        state.trace.passed("request-class", "construct the Request", "method " + state.method + ", mode "
                + req.mode().token() + ", credentials " + req.credentials().token() + ", redirect "
                + req.redirect().token());
        for (HeaderField h : req.headers().fields()) {
            String value = HttpWhitespace.strip(h.value());
            if (!HttpToken.isToken(h.name()) || !RequestHeaderRules.isValidValue(value)) {
                return new Thrown(Failure.of(BlockReason.INVALID_HEADER, h.name()), method);
            }
            append(state, h.name(), value);
        }
        req.body().contentType().filter(ct -> !Fields.contains(state.headers, "Content-Type"))
                .ifPresent(ct -> append(state, "Content-Type", ct));
        if (!Fields.contains(state.headers, "Accept")) {
            state.headers.add(new HeaderField("Accept", "*/*"));
        }
        return new Built(state);
    }

    private static Optional<BlockReason> methodProblem(FetchRequest req) {
        String method = req.method();
        if (!HttpToken.isToken(method)) {
            return Optional.of(BlockReason.INVALID_METHOD);
        }
        if (Methods.isForbidden(method)) {
            return Optional.of(BlockReason.FORBIDDEN_METHOD);
        }
        String normalized = Methods.normalize(method);
        if (req.mode() == RequestMode.NO_CORS && !Methods.isCorsSafelisted(normalized)) {
            return Optional.of(BlockReason.NO_CORS_METHOD);
        }
        if (req.body().isPresent() && (normalized.equals("GET") || normalized.equals("HEAD"))) {
            return Optional.of(BlockReason.BODY_WITH_GET_OR_HEAD);
        }
        if (req.body().kind() == BodyKind.STREAM && req.mode() == RequestMode.NO_CORS) {
            return Optional.of(BlockReason.STREAM_BODY_IN_NO_CORS);
        }
        return Optional.empty();
    }

    /** Append under the request or request-no-cors guard, dropping what the guard refuses (see fetch#headers-class). */
    private static void append(FetchState state, String name, String value) {
        if (state.input.mode() == RequestMode.NO_CORS) {
            String existing = String.join(", ", state.headers.stream().filter(h -> h.hasName(name))
                    .map(HeaderField::value).toList());
            String temporary = existing.isEmpty() ? value : existing + ", " + value;
            if (!RequestHeaderRules.isNoCorsSafelisted(name, temporary, state.profile.clientHintsSafelisted())) {
                state.trace.info("no-cors-safelisted-request-header", "request-no-cors guard",
                        "dropped '" + name + ": " + value + "': not a no-CORS-safelisted request-header");
                return;
            }
        } else if (RequestHeaderRules.isForbidden(name, value)) {
            state.trace.info("forbidden-request-header", "request guard",
                    "dropped '" + name + "': a forbidden request-header script cannot set");
            return;
        }
        combine(state, name, value);
    }

    /**
     * Append, combining with an existing header of the same name as {@code get} does ({@code a, b}): engines send
     * one combined line and judge the combined value, so two {@code Content-Type} values need a preflight
     * (see fetch#concept-header-list-combine, WPT cors-safelisted-request-header.any.js).
     */
    private static void combine(FetchState state, String name, String value) {
        state.appended.add(new HeaderField(name, value));
        for (int i = 0; i < state.headers.size(); i++) {
            HeaderField h = state.headers.get(i);
            if (h.hasName(name)) {
                state.headers.set(i, new HeaderField(h.name(), h.value() + ", " + value));
                return;
            }
        }
        state.headers.add(new HeaderField(name, value));
    }
}
