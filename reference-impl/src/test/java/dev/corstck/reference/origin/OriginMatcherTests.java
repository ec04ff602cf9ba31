package dev.corstck.reference.origin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OriginMatcherTests {

    private static final OriginMatcher WILDCARD =
            ((OriginWildcards.WildcardParse.Parsed) OriginWildcards.parse("https://*.myapp.com")).wildcard();
    private static final OriginMatcher WILDCARD_PORT =
            ((OriginWildcards.WildcardParse.Parsed) OriginWildcards.parse("http://*.app.localhost:3000")).wildcard();
    private static final OriginMatcher REGEX = new OriginMatcher.Regex(Pattern.compile("https://(a|b)\\.myapp\\.com"));

    static Stream<Arguments> wildcardCases() {
        return Stream.of(
                Arguments.of("https://api.myapp.com", true), Arguments.of("https://a.b.myapp.com", true),
                Arguments.of("https://myapp.com", false), Arguments.of("https://evilmyapp.com", false),
                Arguments.of("https://myapp.com.evil.com", false), Arguments.of("https://api.myapp.com.evil.com", false),
                Arguments.of("http://api.myapp.com", false), Arguments.of("https://api.myapp.com:8443", false),
                Arguments.of("https://api.myapp.co", false), Arguments.of("https://xmyapp.com", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("wildcardCases")
    void subdomainWildcardMatchesWholeLabelsOnly(String origin, boolean matches) {
        assertThat(WILDCARD.matches(parse(origin))).isEqualTo(matches);
    }

    @Test
    void wildcardWithPortNeedsThatPort() {
        assertThat(WILDCARD_PORT.matches(parse("http://x.app.localhost:3000"))).isTrue();
        assertThat(WILDCARD_PORT.matches(parse("http://x.app.localhost"))).isFalse();
        assertThat(WILDCARD_PORT.describe()).isEqualTo("http://*.app.localhost:3000");
    }

    static Stream<Arguments> regexCases() {
        return Stream.of(Arguments.of("https://a.myapp.com", true), Arguments.of("https://b.myapp.com", true),
                Arguments.of("https://c.myapp.com", false), Arguments.of("https://a.myapp.com.evil.com", false),
                Arguments.of("https://xa.myapp.com", false), Arguments.of("https://a.myapp.com:444", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("regexCases")
    void regexMustMatchTheWholeSerializedOrigin(String origin, boolean matches) {
        assertThat(REGEX.matches(parse(origin))).isEqualTo(matches);
    }

    static Stream<Arguments> badWildcards() {
        return Stream.of(Arguments.of("https://*.com", "too broad"), Arguments.of("https://*.1.2.3", "invalid host"),
                Arguments.of("https://a.*.myapp.com", "not a wildcard"), Arguments.of("*.myapp.com", "not a wildcard"),
                Arguments.of("https://*.myapp.com/", "trailing slash"), Arguments.of("https://*.*.myapp.com", "not a wildcard"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWildcards")
    void badWildcardsAreExplained(String text, String problem) {
        assertThat(OriginWildcards.parse(text)).isInstanceOfSatisfying(OriginWildcards.WildcardParse.Invalid.class,
                invalid -> assertThat(invalid.problem()).contains(problem));
    }

    private static TupleOrigin parse(String text) {
        return ((OriginParse.Parsed) TupleOrigin.parse(text)).origin();
    }
}
