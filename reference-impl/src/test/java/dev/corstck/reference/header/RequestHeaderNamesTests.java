package dev.corstck.reference.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestHeaderNamesTests {

    static Stream<Arguments> lenientForms() {
        return Stream.of(
                Arguments.of(List.of("authorization,content-type"), List.of("authorization", "content-type")),
                Arguments.of(List.of("Content-Type, X-B"), List.of("content-type", "x-b")),
                Arguments.of(List.of(",y-lol,x-PriNT, ,,,Y-LOL"), List.of("y-lol", "x-print")),
                Arguments.of(List.of("x-a", "X-B", "x-a"), List.of("x-a", "x-b")),
                Arguments.of(List.of(" \tauthorization\t "), List.of("authorization")),
                Arguments.of(List.of(""), List.of()),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientForms")
    void parsesAnyCaseSpacesEmptyElementsAndSeveralLines(List<String> lines, List<String> names) {
        assertThat(RequestHeaderNames.parse(lines)).isEqualTo(new HeaderNamesParse.Names(names));
    }

    static Stream<List<String>> garbage() {
        return Stream.of(List.of("header name with space"), List.of("x-a;"), List.of("x-a\r\nx-b"),
                List.of("caf\u00e9"), List.of("x-a, (x-b)"), List.of("a".repeat(9000)),
                List.of(String.join(",", java.util.Collections.nCopies(300, "x")) + Stream.iterate(0, i -> i + 1)
                        .limit(300).map(i -> ",h" + i).reduce("", String::concat)));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("garbage")
    void garbageIsMalformedNeverAnException(List<String> lines) {
        assertThat(RequestHeaderNames.parse(lines)).isInstanceOf(HeaderNamesParse.Malformed.class);
    }
}
