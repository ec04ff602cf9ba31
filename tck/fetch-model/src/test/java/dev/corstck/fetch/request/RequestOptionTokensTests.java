package dev.corstck.fetch.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JavaScript spellings of the request options, which the harness glue and the policy file write out. */
class RequestOptionTokensTests {

    record Row(String id, Enum<?> option, String token) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("mode-cors", RequestMode.CORS, "cors"),
                new Row("mode-no-cors", RequestMode.NO_CORS, "no-cors"),
                new Row("mode-same-origin", RequestMode.SAME_ORIGIN, "same-origin"),
                new Row("credentials-omit", CredentialsMode.OMIT, "omit"),
                new Row("credentials-same-origin", CredentialsMode.SAME_ORIGIN, "same-origin"),
                new Row("credentials-include", CredentialsMode.INCLUDE, "include"),
                new Row("redirect-follow", RedirectMode.FOLLOW, "follow"),
                new Row("redirect-error", RedirectMode.ERROR, "error"),
                new Row("redirect-manual", RedirectMode.MANUAL, "manual"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void writesTheJavaScriptValue(Row row) {
        String token = row.option() instanceof RequestMode m ? m.token()
                : row.option() instanceof CredentialsMode c ? c.token() : ((RedirectMode) row.option()).token();
        assertThat(token).isEqualTo(row.token());
    }
}
