package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CORS check on the actual response (R-CHECK-01…06), values after WPT cors/origin.htm. */
class CorsCheckTests {

    record Row(String id, HeaderList headers, CredentialsMode credentials, Optional<BlockReason> blocked) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Row acao(String id, String value, Optional<BlockReason> blocked) {
        return new Row(id, HeaderList.of("Access-Control-Allow-Origin", value), CredentialsMode.OMIT, blocked);
    }

    static Optional<BlockReason> mismatch() {
        return Optional.of(BlockReason.ALLOW_ORIGIN_MISMATCH);
    }

    static Optional<BlockReason> invalid() {
        return Optional.of(BlockReason.INVALID_ALLOW_ORIGIN);
    }

    static Optional<BlockReason> multiple() {
        return Optional.of(BlockReason.MULTIPLE_ALLOW_ORIGIN);
    }

    static Stream<Row> rows() {
        Optional<BlockReason> ok = Optional.empty();
        HeaderList exact = HeaderList.of("Access-Control-Allow-Origin", A);
        return Stream.of(
                acao("exact-origin", A, ok),
                acao("star", "*", ok),
                acao("surrounding-spaces-trimmed", "  " + A + "  ", ok),
                acao("surrounding-tabs-trimmed", "\t" + A + "\t", ok),
                acao("unit-separator-is-not-whitespace", "\u001F" + A + "\u001F", invalid()),
                acao("trailing-slash", A + "/", mismatch()),
                acao("default-port-written", A + ":443", mismatch()),
                acao("uppercase", A.toUpperCase(), mismatch()),
                acao("other-origin", B2, mismatch()),
                acao("subdomain", "https://sub.app.example", mismatch()),
                acao("no-scheme", "app.example", invalid()),
                acao("wildcard-subdomain", "*.example", invalid()),
                acao("host-and-port-parses-as-a-url", "app.example:443", mismatch()),
                acao("wildcard-host-url", "https://*.example", mismatch()),
                acao("percent-encoded-slash-breaks-the-port", A + ":443%2F", invalid()),
                acao("double-star", "**", invalid()),
                acao("quoted-star", "\"*\"", invalid()),
                acao("null-for-tuple-origin", "null", mismatch()),
                acao("empty", "", invalid()),
                acao("star-null", "* null", multiple()),
                acao("comma-list", A + ", " + B2, multiple()),
                new Row("missing", HeaderList.empty(), CredentialsMode.OMIT,
                        Optional.of(BlockReason.MISSING_ALLOW_ORIGIN)),
                new Row("two-identical-lines", exact.with("Access-Control-Allow-Origin", A), CredentialsMode.OMIT,
                        multiple()),
                new Row("star-with-credentials", HeaderList.of("Access-Control-Allow-Origin", "*",
                        "Access-Control-Allow-Credentials", "true"), CredentialsMode.INCLUDE,
                        Optional.of(BlockReason.WILDCARD_ORIGIN_NOT_ALLOWED)),
                new Row("credentials-true", exact.with("Access-Control-Allow-Credentials", "true"),
                        CredentialsMode.INCLUDE, ok),
                new Row("credentials-missing", exact, CredentialsMode.INCLUDE,
                        Optional.of(BlockReason.INVALID_ALLOW_CREDENTIALS)),
                new Row("credentials-uppercase", exact.with("Access-Control-Allow-Credentials", "TRUE"),
                        CredentialsMode.INCLUDE, Optional.of(BlockReason.INVALID_ALLOW_CREDENTIALS)),
                new Row("credentials-quoted", exact.with("Access-Control-Allow-Credentials", "\"true\""),
                        CredentialsMode.INCLUDE, Optional.of(BlockReason.INVALID_ALLOW_CREDENTIALS)),
                new Row("credentials-two-lines", exact.with("Access-Control-Allow-Credentials", "true")
                        .with("Access-Control-Allow-Credentials", "true"), CredentialsMode.INCLUDE,
                        Optional.of(BlockReason.INVALID_ALLOW_CREDENTIALS)),
                new Row("credentials-ignored-without-include", exact.with("Access-Control-Allow-Credentials", "1"),
                        CredentialsMode.SAME_ORIGIN, ok));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void checksAllowOrigin(Row row) {
        var responder = server(new ScriptedResponse(200, row.headers(), "ok"));
        for (BrowserProfile profile : BrowserProfile.ALL) {
            Prediction p = predict(profile, get().withCredentials(row.credentials()), responder);
            assertThat(p.block().map(Block::reason)).as(profile.name()).isEqualTo(row.blocked());
            assertThat(p.status()).isEqualTo(row.blocked().isPresent() ? 0 : 200);
            assertThat(p.actualRequests()).as("a simple request is sent even when the answer is blocked").hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void errorStatusesAreVisibleWhenAllowed(int status) {
        Prediction p = spec(get(), server(status(status, "Access-Control-Allow-Origin", "*")));
        assertThat(p.outcome()).isEqualTo(Outcome.CORS_OK);
        assertThat(p.status()).isEqualTo(status);
    }

    static Stream<Integer> statuses() {
        return Stream.of(400, 401, 404, 500, 503);
    }
}
