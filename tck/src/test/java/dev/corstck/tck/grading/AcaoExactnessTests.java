package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.catalog.CorsCheckRules;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code cors-check.acao-exact} reading of one ACAO value: {@code *}, the origin, or a well-formed other origin
 * is exact; only HTTP whitespace around it is ignored, as in the CORS check (fetch#concept-cors-check).
 */
@Exercises("cors-check.acao-exact")
class AcaoExactnessTests {

    private static final String ORIGIN = "http://app.localhost:8080";

    record Row(String id, String value, boolean exact) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("the-origin", ORIGIN, true),
                new Row("star", "*", true),
                new Row("padded-with-http-whitespace", " \t" + ORIGIN + " ", true),
                new Row("another-well-formed-origin", "https://other.localhost", true),
                new Row("trailing-slash-misspelling", ORIGIN + "/", false),
                // The corrected case: String.strip() removed U+001F and called this exact; a browser refuses it.
                new Row("unit-separator-around-the-origin", "\u001F" + ORIGIN + "\u001F", false),
                new Row("file-separator-after-star", "*\u001C", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheValueAsTheCorsCheckDoes(Row row) {
        assertThat(HeaderInvariants.isExact(row.value(), ORIGIN)).as("%s of %s", CorsCheckRules.ACAO_EXACT.id(), row)
                .isEqualTo(row.exact());
    }
}
