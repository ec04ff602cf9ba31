package dev.corstck.fetch.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The token grammar and HTTP whitespace, the one definition every module reads headers with. */
class HeaderGrammarTests {

    record TokenRow(String id, String text, boolean token) {
        @Override
        public String toString() {
            return id;
        }
    }

    record StripRow(String id, String value, String stripped) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<TokenRow> tokens() {
        return Stream.of(
                new TokenRow("letters", "X-Custom", true),
                new TokenRow("every-tchar-symbol", "!#$%&'*+-.^_`|~", true),
                new TokenRow("digits", "123", true),
                new TokenRow("empty", "", false),
                new TokenRow("space-inside", "X Custom", false),
                new TokenRow("colon", "X:Y", false),
                new TokenRow("comma", "a,b", false),
                new TokenRow("quote", "\"a\"", false),
                new TokenRow("non-ascii-letter", "Ä", false),
                new TokenRow("unit-separator", "a\u001F", false));
    }

    static Stream<StripRow> strips() {
        return Stream.of(
                new StripRow("spaces", "  a  ", "a"),
                new StripRow("tab-cr-lf", "\t\r\na\n\r\t", "a"),
                new StripRow("inner-space-kept", " a b ", "a b"),
                // String.strip() would remove these; a browser keeps them (fetch#http-whitespace).
                new StripRow("unit-separator-kept", "\u001Fa\u001F", "\u001Fa\u001F"),
                new StripRow("file-separator-kept", "\u001Ca", "\u001Ca"),
                new StripRow("no-break-space-kept", "\u00A0a", "\u00A0a"),
                new StripRow("only-whitespace", " \t ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void recognisesTokens(TokenRow row) {
        assertThat(HttpToken.isToken(row.text())).isEqualTo(row.token());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strips")
    void stripsOnlyHttpWhitespace(StripRow row) {
        assertThat(HttpWhitespace.strip(row.value())).isEqualTo(row.stripped());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void everyTokenCharIsTchar(TokenRow row) {
        boolean allTchar = !row.text().isEmpty() && row.text().chars().allMatch(c -> HttpToken.isTokenChar((char) c));
        assertThat(allTchar).isEqualTo(row.token());
    }
}
