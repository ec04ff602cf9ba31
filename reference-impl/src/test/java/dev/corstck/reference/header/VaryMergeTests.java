package dev.corstck.reference.header;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VaryMergeTests {

    static Stream<Arguments> merges() {
        return Stream.of(
                Arguments.of(HeaderList.empty(), List.of("Origin"), List.of("Vary: Origin")),
                Arguments.of(HeaderList.of("Vary", "Accept-Encoding"), List.of("Origin"),
                        List.of("Vary: Accept-Encoding, Origin")),
                Arguments.of(HeaderList.of("Vary", "origin"), List.of("Origin"), List.of("Vary: origin")),
                Arguments.of(HeaderList.of("Vary", "Accept", "X", "1", "vary", "Cookie"), List.of("Origin"),
                        List.of("Vary: Accept, Cookie, Origin", "X: 1")),
                Arguments.of(HeaderList.of("Vary", "*"), List.of("Origin"), List.of("Vary: *")),
                Arguments.of(HeaderList.of("Vary", " , Accept ,"), List.of("Origin", "Access-Control-Request-Headers"),
                        List.of("Vary: Accept, Origin, Access-Control-Request-Headers")),
                Arguments.of(HeaderList.of("Vary", "Accept"), List.of(), List.of("Vary: Accept")));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("merges")
    void mergesWithTheApplicationsVaryNeverReplacingIt(HeaderList app, List<String> names, List<String> expected) {
        assertThat(VaryMerge.merge(app, names).fields()).extracting(HeaderField::toString)
                .containsExactlyElementsOf(expected);
    }
}
