package dev.corstck.fetch.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Extracting a {@code #token} list header (fetch#extract-header-list-values), as the preflight and exposure steps do. */
class HeaderListValuesTests {

    record Row(String id, List<String> lines, HeaderListValues expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("absent", List.of(), new HeaderListValues.Absent()),
                new Row("one-line", List.of("PUT, DELETE"), new HeaderListValues.Values(List.of("PUT", "DELETE"))),
                new Row("several-lines-in-order", List.of("PUT", " patch\t"),
                        new HeaderListValues.Values(List.of("PUT", "patch"))),
                new Row("empty-elements-skipped", List.of(",PUT,, ,"), new HeaderListValues.Values(List.of("PUT"))),
                new Row("only-empty", List.of(""), new HeaderListValues.Values(List.of())),
                new Row("space-inside-fails", List.of("PUT, GET POST"), new HeaderListValues.Failure("GET POST")),
                new Row("unit-separator-is-no-token", List.of("PUT\u001F"), new HeaderListValues.Failure("PUT\u001F")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void extractsTheList(Row row) {
        assertThat(HeaderListValues.extract(row.lines())).isEqualTo(row.expected());
    }
}
