package dev.corstck.tck.explain.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellWordsTests {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("plain words", "curl -X PUT http://a", List.of("curl", "-X", "PUT", "http://a")),
                Arguments.of("single quotes keep everything", "-H 'a: \"b\" $x \\n'", List.of("-H", "a: \"b\" $x \\n")),
                Arguments.of("double quotes escape $ ` \" \\ only", "\"a \\\"b\\\" \\$c \\d\"", List.of("a \"b\" $c \\d")),
                Arguments.of("backslash escapes a space", "a\\ b c", List.of("a b", "c")),
                Arguments.of("continuations join lines", "curl \\\n  -H 'x: 1' \\\n  http://a",
                        List.of("curl", "-H", "x: 1", "http://a")),
                Arguments.of("ANSI-C quoting", "$'a\\nb\\x41\\u00e9\\''", List.of("a\nbAé'")),
                Arguments.of("adjacent quotes form one word", "'a'\"b\"c", List.of("abc")),
                Arguments.of("empty quotes are a word", "-H ''", List.of("-H", "")),
                Arguments.of("tabs and newlines separate", "a\tb\nc", List.of("a", "b", "c")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void splitsAsAPosixShellDoes(String name, String line, List<String> words) {
        assertThat(ShellWords.split(line)).containsExactlyElementsOf(words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unterminated")
    void unterminatedQuotesSayWhereTheyOpened(String line, String message) {
        assertThatThrownBy(() -> ShellWords.split(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> unterminated() {
        return Stream.of(Arguments.of("curl 'abc", "unterminated single quote opened at character 6"),
                Arguments.of("a \"b", "unterminated double quote opened at character 3"),
                Arguments.of("$'x", "unterminated $' quote opened at character 1"));
    }
}
