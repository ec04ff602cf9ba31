package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Response-header exposure (R-EXPOSE-01…04, R-FORBID-02). */
class ExposureTests {

    record Row(String id, List<String> aceh, CredentialsMode credentials, List<String> visible) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final HeaderList RESPONSE = HeaderList.of("Access-Control-Allow-Origin", A,
            "Access-Control-Allow-Credentials", "true", "Content-Type", "text/plain", "Content-Length", "2",
            "Cache-Control", "no-cache", "ETag", "\"x\"", "X-Custom", "1", "Set-Cookie", "a=1", "Server", "s");
    static final List<String> SAFE = List.of("cache-control", "content-length", "content-type");

    static List<String> plus(String... names) {
        return Stream.concat(SAFE.stream(), Stream.of(names)).sorted().toList();
    }

    static Stream<Row> rows() {
        CredentialsMode omit = CredentialsMode.OMIT;
        CredentialsMode include = CredentialsMode.INCLUDE;
        return Stream.of(
                new Row("no-aceh-safelisted-only", List.of(), omit, SAFE),
                new Row("listed-name", List.of("X-Custom"), omit, plus("x-custom")),
                new Row("listed-case-insensitive", List.of("etag, x-CUSTOM"), omit, plus("etag", "x-custom")),
                new Row("second-line-combined", List.of("etag", "x-custom"), omit, plus("etag", "x-custom")),
                new Row("set-cookie-never-exposed", List.of("Set-Cookie, X-Custom"), omit, plus("x-custom")),
                new Row("star-exposes-all-but-set-cookie", List.of("*"), omit, List.of(
                        "access-control-allow-credentials", "access-control-allow-origin", "access-control-expose-headers",
                        "cache-control", "content-length", "content-type", "etag", "server", "x-custom")),
                new Row("star-literal-with-credentials", List.of("*"), include, SAFE),
                new Row("star-among-names-with-credentials", List.of("*, ETag"), include, plus("etag")),
                new Row("invalid-token-exposes-nothing-extra", List.of("x-custom, bad name"), omit, SAFE),
                new Row("empty-elements-tolerated", List.of(",,x-custom,"), omit, plus("x-custom")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exposesHeaders(Row row) {
        HeaderList headers = RESPONSE;
        for (String line : row.aceh()) {
            headers = headers.with("Access-Control-Expose-Headers", line);
        }
        Prediction p = spec(get().withCredentials(row.credentials()), server(new ScriptedResponse(200, headers, "ok")));
        assertThat(p.outcome()).isEqualTo(Outcome.CORS_OK);
        assertThat(p.observable().visibleHeaderNames()).isEqualTo(row.visible());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameOriginCases")
    void basicResponseHidesOnlySetCookie(String id) {
        Prediction p = spec(get().withOrigin(FetchUrl.parseOrigin(B)), server(new ScriptedResponse(200, RESPONSE, "ok")));
        assertThat(p.outcome()).isEqualTo(Outcome.BASIC);
        assertThat(p.observable().visibleHeaderNames()).doesNotContain("set-cookie").contains("server", "etag");
    }

    static Stream<String> sameOriginCases() {
        return Stream.of("same-origin-basic");
    }
}
