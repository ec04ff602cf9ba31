package dev.corstck.fetch.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.cors.CorsCheckFailure.Kind;
import dev.corstck.fetch.request.CredentialsMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one CORS check (fetch#concept-cors-check), values after WPT cors/origin.htm and the simulator's rows. */
class CorsCheckTests {

    private static final String A = "https://app.example";
    private static final String B = "https://other.example";

    record Row(String id, List<String> acao, List<String> acac, CredentialsMode credentials, Optional<Kind> failure) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Row acao(String id, String value, Optional<Kind> failure) {
        return new Row(id, List.of(value), List.of(), CredentialsMode.OMIT, failure);
    }

    static Row credentialed(String id, List<String> acac, Optional<Kind> failure) {
        return new Row(id, List.of(A), acac, CredentialsMode.INCLUDE, failure);
    }

    static Stream<Row> rows() {
        Optional<Kind> ok = Optional.empty();
        Optional<Kind> mismatch = Optional.of(Kind.MISMATCH);
        Optional<Kind> invalid = Optional.of(Kind.INVALID);
        Optional<Kind> multiple = Optional.of(Kind.MULTIPLE);
        Optional<Kind> badCredentials = Optional.of(Kind.INVALID_CREDENTIALS);
        return Stream.of(
                acao("exact-origin", A, ok),
                acao("star", "*", ok),
                acao("surrounding-spaces-trimmed", "  " + A + "  ", ok),
                acao("surrounding-tabs-trimmed", "\t" + A + "\t", ok),
                // The corrected case: String.strip() took U+001F away and grading called this a match; a browser
                // keeps it, so the value is not the origin (fetch#http-whitespace).
                acao("unit-separator-around-origin-is-no-match", "\u001F" + A + "\u001F", invalid),
                acao("unit-separator-after-star-is-no-star", "*\u001C", invalid),
                acao("trailing-slash", A + "/", mismatch),
                acao("default-port-written", A + ":443", mismatch),
                acao("uppercase", A.toUpperCase(Locale.ROOT), mismatch),
                acao("other-origin", B, mismatch),
                acao("no-scheme", "app.example", invalid),
                acao("wildcard-subdomain", "*.example", invalid),
                acao("host-and-port-parses-as-a-url", "app.example:443", mismatch),
                acao("wildcard-host-url", "https://*.example", mismatch),
                acao("percent-encoded-slash-breaks-the-port", A + ":443%2F", invalid),
                acao("quoted-star", "\"*\"", invalid),
                acao("null-for-tuple-origin", "null", mismatch),
                acao("empty", "", invalid),
                acao("star-null", "* null", multiple),
                acao("comma-list", A + ", " + B, multiple),
                new Row("missing", List.of(), List.of(), CredentialsMode.OMIT, Optional.of(Kind.MISSING)),
                new Row("two-identical-lines", List.of(A, A), List.of(), CredentialsMode.OMIT, multiple),
                new Row("empty-line-then-star", List.of("", "*"), List.of(), CredentialsMode.OMIT, multiple),
                new Row("star-with-credentials", List.of("*"), List.of("true"), CredentialsMode.INCLUDE,
                        Optional.of(Kind.WILDCARD_WITH_CREDENTIALS)),
                credentialed("credentials-true", List.of("true"), ok),
                credentialed("credentials-true-padded", List.of(" true\t"), ok),
                credentialed("credentials-true-unit-separator", List.of("true\u001F"), badCredentials),
                credentialed("credentials-missing", List.of(), badCredentials),
                credentialed("credentials-uppercase", List.of("TRUE"), badCredentials),
                credentialed("credentials-two-lines", List.of("true", "true"), badCredentials),
                new Row("credentials-ignored-without-include", List.of(A), List.of("1"), CredentialsMode.SAME_ORIGIN,
                        ok));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void checksAllowOrigin(Row row) {
        Map<String, List<String>> fields = Map.of(CorsCheck.ALLOW_ORIGIN, row.acao(), CorsCheck.ALLOW_CREDENTIALS,
                row.acac());

        Optional<CorsCheckFailure> failure = CorsCheck.perform(fields::get, A, row.credentials());

        assertThat(failure.map(CorsCheckFailure::kind)).isEqualTo(row.failure());
        failure.ifPresent(f -> assertThat(f.lines()).isEqualTo(f.kind() == Kind.INVALID_CREDENTIALS
                ? row.acac().size() : row.acao().size()));
    }
}
