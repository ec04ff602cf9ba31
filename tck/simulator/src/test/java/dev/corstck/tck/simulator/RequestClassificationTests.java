package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request construction and classification: throws, same-origin, no-cors, preflight or not (R-METHOD-03, R-MODE-01,
 * R-NOCORS-01, R-PFTRIG-01).
 */
class RequestClassificationTests {

    record Row(String id, FetchRequest request, Outcome outcome, PreflightUse preflight) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Row row(String id, FetchRequest r, Outcome o, PreflightUse p) {
        return new Row(id, r, o, p);
    }

    static Stream<Row> rows() {
        PreflightUse no = PreflightUse.NO_PREFLIGHT;
        PreflightUse pf = PreflightUse.PREFLIGHT;
        return Stream.of(
                row("get-is-not-preflighted", get(), Outcome.CORS_OK, no),
                row("head-is-not-preflighted", get().withMethod("HEAD"), Outcome.CORS_OK, no),
                row("post-string-body-is-not-preflighted", get().withMethod("POST").withBody(Body.of(BodyKind.STRING)),
                        Outcome.CORS_OK, no),
                row("post-form-data-is-not-preflighted", get().withMethod("POST").withBody(Body.of(BodyKind.FORM_DATA)),
                        Outcome.CORS_OK, no),
                row("post-url-search-params-is-not-preflighted", get().withMethod("POST")
                        .withBody(Body.of(BodyKind.URL_SEARCH_PARAMS)), Outcome.CORS_OK, no),
                row("post-json-blob-is-preflighted", get().withMethod("POST").withBody(Body.blob("application/json")),
                        Outcome.CORS_OK, pf),
                row("post-json-content-type-is-preflighted", get().withMethod("POST")
                        .withHeader("Content-Type", "application/json").withBody(Body.of(BodyKind.STRING)),
                        Outcome.CORS_OK, pf),
                row("put-is-preflighted", get().withMethod("PUT"), Outcome.CORS_OK, pf),
                row("lowercase-get-is-normalized", get().withMethod("get"), Outcome.CORS_OK, no),
                row("lowercase-patch-is-preflighted", get().withMethod("patch"), Outcome.CORS_OK, pf),
                row("custom-header-is-preflighted", get().withHeader("X-Foo", "1"), Outcome.CORS_OK, pf),
                row("stream-body-forces-preflight", get().withMethod("POST").withBody(Body.of(BodyKind.STREAM)),
                        Outcome.CORS_OK, pf),
                row("forbidden-cookie-header-is-dropped", get().withHeader("Cookie", "a=1"), Outcome.CORS_OK, no),
                row("forbidden-sec-header-is-dropped", get().withHeader("Sec-Foo", "1"), Outcome.CORS_OK, no),
                row("forbidden-proxy-header-is-dropped", get().withHeader("Proxy-Foo", "1"), Outcome.CORS_OK, no),
                row("method-override-naming-trace-is-dropped", get().withHeader("X-HTTP-Method-Override", "TRACE"),
                        Outcome.CORS_OK, no),
                row("method-override-naming-put-is-preflighted", get().withHeader("X-HTTP-Method-Override", "PUT"),
                        Outcome.CORS_OK, pf),
                row("connect-throws", get().withMethod("CONNECT"), Outcome.THROWS_SYNC, no),
                row("lowercase-trace-throws", get().withMethod("trace"), Outcome.THROWS_SYNC, no),
                row("invalid-method-throws", get().withMethod("BAD METHOD"), Outcome.THROWS_SYNC, no),
                row("url-credentials-throw", get().withUrl("https://u:p@api.example/r"), Outcome.THROWS_SYNC, no),
                row("unparsable-url-throws", get().withUrl("https://exa mple/"), Outcome.THROWS_SYNC, no),
                row("get-with-body-throws", get().withBody(Body.of(BodyKind.STRING)), Outcome.THROWS_SYNC, no),
                row("invalid-header-value-throws", get().withHeader("X-A", "a\nb"), Outcome.THROWS_SYNC, no),
                row("invalid-header-name-throws", get().withHeader("X A", "1"), Outcome.THROWS_SYNC, no),
                row("no-cors-put-throws", get().withMethod("PUT").withMode(RequestMode.NO_CORS), Outcome.THROWS_SYNC,
                        no),
                row("no-cors-stream-throws", get().withMethod("POST").withBody(Body.of(BodyKind.STREAM))
                        .withMode(RequestMode.NO_CORS), Outcome.THROWS_SYNC, no),
                row("no-cors-get-is-opaque", get().withMode(RequestMode.NO_CORS), Outcome.OPAQUE, no),
                row("no-cors-custom-header-is-dropped", get().withMode(RequestMode.NO_CORS).withHeader("X-Foo", "1"),
                        Outcome.OPAQUE, no),
                row("no-cors-manual-redirect-is-network-error", get().withMode(RequestMode.NO_CORS)
                        .withRedirect(RedirectMode.MANUAL), Outcome.NETWORK_ERROR, no),
                row("same-origin-mode-cross-origin-is-network-error", get().withMode(RequestMode.SAME_ORIGIN),
                        Outcome.NETWORK_ERROR, no),
                row("same-origin-page-is-basic", get().withOrigin(FetchUrl.parseOrigin(B)), Outcome.BASIC, no),
                row("same-origin-page-put-is-not-preflighted", get().withOrigin(FetchUrl.parseOrigin(B)).withMethod("PUT")
                        .withHeader("X-Foo", "1"), Outcome.BASIC, no),
                row("non-http-scheme-is-network-error", get().withUrl("ftp://api.example/r"), Outcome.NETWORK_ERROR,
                        no),
                row("opaque-origin-page-gets-cors", get().withOrigin(Origin.opaque()), Outcome.CORS_OK, no));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void classifiesRequest(Row row) {
        for (BrowserProfile profile : BrowserProfile.ALL) {
            Prediction p = predict(profile, row.request(), permissive());
            assertThat(p.outcome()).as(profile.name() + "\n" + p.explanation().render()).isEqualTo(row.outcome());
            assertThat(p.preflight()).as(profile.name()).isEqualTo(row.preflight());
        }
    }
}
