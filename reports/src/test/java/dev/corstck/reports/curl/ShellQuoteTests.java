package dev.corstck.reports.curl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellQuoteTests {

    static Stream<Arguments> quoting() {
        return Stream.of(
                Arguments.of("plain word stays bare", "https://app.localhost:8443/a.b", "https://app.localhost:8443/a.b"),
                Arguments.of("space is single-quoted", "Origin: x", "'Origin: x'"),
                Arguments.of("single quote is closed and escaped", "it's", "'it'\\''s'"),
                Arguments.of("command substitution stays literal", "$(touch /tmp/pwned)", "'$(touch /tmp/pwned)'"),
                Arguments.of("newline uses ANSI-C quoting", "a\nb", "$'a\\nb'"),
                Arguments.of("escape character is hex-escaped", "\u001b[31m", "$'\\x1B[31m'"),
                Arguments.of("empty word", "", "''"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quoting")
    void quotesAsOneWord(String name, String word, String quoted) {
        assertThat(ShellQuote.quote(word)).isEqualTo(quoted);
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("script payload", "<script>alert(1)</script>"),
                Arguments.of("quotes and substitutions", "it's \"$HOME\" `id` $(id) \\ ; & | > *"),
                Arguments.of("control characters", "tab\there\r\nnew line \u0001\u001b\u007f end"),
                Arguments.of("backslash before quote", "\\'\\\\'"),
                Arguments.of("unicode and line separator", "caf\u00e9 \u2028 \u65e5\u672c \ud83d\ude00"),
                Arguments.of("glob and history characters", "*?[a] !! ~ #"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void bashReadsTheQuotedWordBackExactly(String name, String word) throws Exception {
        assertThat(bashPrintf(ShellQuote.quote(word))).isEqualTo(word);
    }

    /** Let bash parse {@code quoted} and print the one argument it yields. */
    static String bashPrintf(String quoted) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", "printf %s " + quoted).redirectErrorStream(true).start();
        assertThat(bash.waitFor(10, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
