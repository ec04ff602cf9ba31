package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Console wording and Chromium CorsError names (tck/SPEC-NOTES.md#console-wording, and the
 * messages the browsers of these machines printed).
 */
class ConsoleWordingTests {

    record Row(String id, FetchRequest request, dev.corstck.tck.simulator.replay.ScriptedResponder server,
            String corsError, String chromium, String firefox, String webkit) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        String blocked = "Access to fetch at '" + URL + "' from origin '" + A + "' has been blocked by CORS policy: ";
        String ffBlocked = "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "
                + URL + ". (Reason: ";
        return Stream.of(
                new Row("missing-acao", get(), server(ok()), "MissingAllowOriginHeader",
                        blocked + "No 'Access-Control-Allow-Origin' header is present on the requested resource.",
                        ffBlocked + "CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.",
                        "Origin " + A + " is not allowed by Access-Control-Allow-Origin. Status code: 200"),
                new Row("mismatch", get(), server(ok("Access-Control-Allow-Origin", B2)), "AllowOriginMismatch",
                        blocked + "The 'Access-Control-Allow-Origin' header has a value '" + B2
                                + "' that is not equal to the supplied origin.",
                        ffBlocked + "CORS header ‘Access-Control-Allow-Origin’ does not match ‘" + B2 + "’).",
                        "Origin " + A + " is not allowed by Access-Control-Allow-Origin."),
                new Row("duplicate-acao", get(), server(ok("Access-Control-Allow-Origin", A,
                        "Access-Control-Allow-Origin", A)), "MultipleAllowOriginValues",
                        "The 'Access-Control-Allow-Origin' header contains multiple values '" + A + ", " + A
                                + "', but only one is allowed.",
                        "Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed", "is not allowed"),
                new Row("wildcard-with-credentials", get().withCredentials(CredentialsMode.INCLUDE),
                        server(ok("Access-Control-Allow-Origin", "*")), "WildcardOriginNotAllowed",
                        "must not be the wildcard '*' when the request's credentials mode is 'include'.",
                        "Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’",
                        "Cannot use wildcard"),
                new Row("credentials-missing", get().withCredentials(CredentialsMode.INCLUDE),
                        server(ok("Access-Control-Allow-Origin", A)), "InvalidAllowCredentials",
                        "The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must "
                                + "be 'true' when the request's credentials mode is 'include'.",
                        "expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’", "Credentials flag is true"),
                new Row("preflight-500", get().withMethod("PUT"), server(status(500, "Access-Control-Allow-Origin", A),
                        ok()), "PreflightInvalidStatus", "Response to preflight request doesn't pass access control "
                        + "check: It does not have HTTP ok status.", "CORS preflight response did not succeed). "
                        + "Status code: 500.", "Preflight response is not successful. Status code: 500"),
                new Row("preflight-header-denied", get().withHeader("Authorization", "x"),
                        server(status(204, "Access-Control-Allow-Origin", A), ok()),
                        "HeaderDisallowedByPreflightResponse", "Request header field authorization is not allowed by "
                        + "Access-Control-Allow-Headers in preflight response.", "header ‘authorization’ is not allowed "
                        + "according to header ‘Access-Control-Allow-Headers’ from CORS preflight response",
                        "Request header field authorization is not allowed by Access-Control-Allow-Headers."),
                new Row("preflight-missing-acao", get().withMethod("PUT"), server(status(204), ok()),
                        "PreflightMissingAllowOriginHeader", "Response to preflight request doesn't pass access "
                        + "control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
                        "CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 204.", "is not allowed by "
                        + "Access-Control-Allow-Origin. Status code: 204"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void wordsTheBlockPerEngine(Row row) {
        Prediction p = spec(row.request(), row.server());
        Block block = p.block().orElseThrow();
        assertThat(block.chromiumCorsError()).contains(row.corsError());
        assertThat(String.join("\n", block.console().of(Engine.CHROMIUM))).contains(row.chromium());
        assertThat(String.join("\n", block.console().of(Engine.FIREFOX))).contains(row.firefox());
        assertThat(String.join("\n", block.console().of(Engine.WEBKIT))).contains(row.webkit());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void reportsStatusOrCorsFailureFirstPerEngine(Engine engine) {
        // GIVEN a preflight failing both the ok-status check and the CORS check
        var server = server(status(500), ok());
        // WHEN each engine explains it
        Prediction p = predict(BrowserProfile.of(engine), get().withMethod("PUT"), server);
        // THEN Chromium names the missing ACAO first, Firefox and WebKit the status
        BlockReason expected = engine == Engine.FIREFOX || engine == Engine.WEBKIT
                ? BlockReason.PREFLIGHT_INVALID_STATUS : BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN;
        assertThat(p.block().orElseThrow().reason()).isEqualTo(expected);
    }

    static Stream<Engine> engines() {
        return Stream.of(Engine.values());
    }
}
