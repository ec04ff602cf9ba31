package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation of the preflight response (R-PFRESP-01…08): each row names the reason that blocks. */
class PreflightValidationTests {

    record Row(String id, FetchRequest request, ScriptedResponse preflight, Optional<BlockReason> spec,
            Optional<BlockReason> engines) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final String ORIGIN = "Access-Control-Allow-Origin";
    static final String METHODS = "Access-Control-Allow-Methods";
    static final String HEADERS = "Access-Control-Allow-Headers";
    static final String CREDS = "Access-Control-Allow-Credentials";

    static Row pass(String id, FetchRequest r, ScriptedResponse pf) {
        return new Row(id, r, pf, Optional.empty(), Optional.empty());
    }

    static Row block(String id, FetchRequest r, ScriptedResponse pf, BlockReason reason) {
        return new Row(id, r, pf, Optional.of(reason), Optional.of(reason));
    }

    static FetchRequest put() {
        return get().withMethod("PUT");
    }

    static FetchRequest putWithCredentials() {
        return put().withCredentials(CredentialsMode.INCLUDE);
    }

    static Stream<Row> rows() {
        return Stream.of(
                pass("status-204-passes", put(), status(204, ORIGIN, A, METHODS, "PUT")),
                pass("status-299-passes", put(), status(299, ORIGIN, A, METHODS, "PUT")),
                block("status-300-fails", put(), status(300, ORIGIN, A, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_INVALID_STATUS),
                block("status-301-redirect-fails", put(), status(301, ORIGIN, A, METHODS, "PUT", "Location", B2),
                        BlockReason.PREFLIGHT_DISALLOWED_REDIRECT),
                block("status-302-without-location-is-a-bad-status", put(), status(302, ORIGIN, A, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_INVALID_STATUS),
                block("status-404-fails", put(), status(404, ORIGIN, A, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_INVALID_STATUS),
                block("status-500-fails", put(), status(500, ORIGIN, A, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_INVALID_STATUS),
                block("missing-acao-fails", put(), status(204, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN),
                block("acao-mismatch-fails", put(), status(204, ORIGIN, B2, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_ALLOW_ORIGIN_MISMATCH),
                block("star-with-credentials-fails", putWithCredentials(),
                        status(204, ORIGIN, "*", CREDS, "true", METHODS, "PUT"),
                        BlockReason.PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED),
                block("credentials-without-acac-fails", putWithCredentials(), status(204, ORIGIN, A, METHODS, "PUT"),
                        BlockReason.PREFLIGHT_INVALID_ALLOW_CREDENTIALS),
                pass("credentials-with-acac-passes", putWithCredentials(),
                        status(204, ORIGIN, A, CREDS, "true", METHODS, "PUT")),
                block("method-not-listed-fails", put(), status(204, ORIGIN, A, METHODS, "DELETE"),
                        BlockReason.METHOD_DISALLOWED),
                block("method-case-sensitive", put(), status(204, ORIGIN, A, METHODS, "put"),
                        BlockReason.METHOD_DISALLOWED),
                block("patch-needs-exact-case", get().withMethod("patch"), status(204, ORIGIN, A, METHODS, "PATCH"),
                        BlockReason.METHOD_DISALLOWED),
                pass("patch-lowercase-listed", get().withMethod("patch"), status(204, ORIGIN, A, METHODS, "patch")),
                pass("method-star-passes", put(), status(204, ORIGIN, A, METHODS, "*")),
                block("method-star-literal-with-credentials", putWithCredentials(),
                        status(204, ORIGIN, A, CREDS, "true", METHODS, "*"), BlockReason.METHOD_DISALLOWED),
                pass("empty-elements-tolerated", put(), status(204, ORIGIN, A, METHODS, ",,PUT,GET")),
                pass("second-acam-line-combined", put(), status(204, ORIGIN, A, METHODS, "GET", METHODS, "PUT")),
                block("invalid-method-token-fails", put(), status(204, ORIGIN, A, METHODS, "PUT, Bad method name"),
                        BlockReason.INVALID_ALLOW_METHODS),
                block("method-semicolon-fails", put(), status(204, ORIGIN, A, METHODS, "PUT;"),
                        BlockReason.INVALID_ALLOW_METHODS),
                pass("safelisted-method-needs-no-acam", get().withHeader("X-A", "1"),
                        status(204, ORIGIN, A, HEADERS, "x-a")),
                block("header-not-listed-fails", get().withHeader("X-A", "1"), status(204, ORIGIN, A, HEADERS, "x-b"),
                        BlockReason.HEADER_DISALLOWED),
                pass("header-case-insensitive", get().withHeader("X-A", "1"), status(204, ORIGIN, A, HEADERS, "X-A")),
                pass("strange-header-list", get().withHeader("X-Print", "1").withHeader("Y-Print", "1"),
                        status(204, ORIGIN, A, HEADERS, ",y-lol,x-PriNT, ,,,Y-PRINT")),
                block("invalid-header-token-fails", get().withHeader("X-A", "1"),
                        status(204, ORIGIN, A, HEADERS, "x-a, header name with space"),
                        BlockReason.INVALID_ALLOW_HEADERS),
                pass("header-star-passes", get().withHeader("X-A", "1"), status(204, ORIGIN, A, HEADERS, "*")),
                block("header-star-literal-with-credentials", get().withHeader("X-A", "1")
                        .withCredentials(CredentialsMode.INCLUDE),
                        status(204, ORIGIN, A, CREDS, "true", HEADERS, "*"), BlockReason.HEADER_DISALLOWED),
                new Row("authorization-not-covered-by-star-in-spec", get().withHeader("Authorization", "x"),
                        status(204, ORIGIN, A, HEADERS, "*"),
                        Optional.of(BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD), Optional.empty()),
                pass("authorization-listed-with-star", get().withHeader("Authorization", "x"),
                        status(204, ORIGIN, A, HEADERS, "*, Authorization")),
                block("authorization-with-credentials-and-star", get().withHeader("Authorization", "x")
                        .withCredentials(CredentialsMode.INCLUDE), status(204, ORIGIN, A, CREDS, "true", HEADERS, "*"),
                        BlockReason.HEADER_DISALLOWED),
                pass("stream-body-without-acam-allows-own-method", get().withMethod("POST")
                        .withBody(Body.of(BodyKind.STREAM)), status(204, ORIGIN, A)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void validatesPreflightResponse(Row row) {
        var responder = server(row.preflight(), ok(ORIGIN, A, CREDS, "true"));
        assertBlock(BrowserProfile.SPEC, row, row.spec(), responder);
        for (BrowserProfile engine : BrowserProfile.ALL.subList(1, 4)) {
            assertBlock(engine, row, row.engines(), responder);
        }
    }

    private static void assertBlock(BrowserProfile profile, Row row, Optional<BlockReason> expected,
            dev.corstck.tck.simulator.replay.ScriptedResponder responder) {
        Prediction p = predict(profile, row.request(), responder);
        String why = profile.name() + "\n" + p.explanation().render();
        assertThat(p.preflight()).as(why).isEqualTo(PreflightUse.PREFLIGHT);
        assertThat(p.block().map(Block::reason)).as(why).isEqualTo(expected);
        assertThat(p.outcome()).as(why).isEqualTo(expected.isPresent() ? Outcome.NETWORK_ERROR : Outcome.CORS_OK);
        assertThat(p.actualRequests()).as("the actual request goes out only after a good preflight")
                .hasSize(expected.isPresent() ? 0 : 1);
    }
}
