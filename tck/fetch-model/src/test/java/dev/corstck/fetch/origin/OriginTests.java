package dev.corstck.fetch.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OriginTests {

    static Stream<Arguments> writtenOrigins() {
        return Stream.of(
                Arguments.of("https://myapp.com", "https://myapp.com"),
                Arguments.of("HTTPS://MyApp.COM", "https://myapp.com"),
                Arguments.of("https://myapp.com:443", "https://myapp.com"),
                Arguments.of("http://myapp.com:80", "http://myapp.com"),
                Arguments.of("http://localhost:3000", "http://localhost:3000"),
                Arguments.of("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
                Arguments.of("http://[::1]:3000", "http://[::1]:3000"),
                Arguments.of("http://[0:0:0:0:0:0:0:1]", "http://[::1]"),
                Arguments.of("https://[2001:DB8:0:0:1:0:0:1]:8443", "https://[2001:db8::1:0:0:1]:8443"),
                Arguments.of("http://[::ffff:127.0.0.1]", "http://[::ffff:7f00:1]"),
                Arguments.of("https://bücher.example", "https://xn--bcher-kva.example"),
                Arguments.of("http://localhost.:3000", "http://localhost.:3000"),
                Arguments.of("https://app_example", "https://app_example"),
                Arguments.of("chrome-extension://abcdef", "chrome-extension://abcdef"),
                Arguments.of("https://myapp.com:0", "https://myapp.com:0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writtenOrigins")
    void parseNormalizesWhatPeopleWrite(String written, String serialized) {
        OriginParse parsed = TupleOrigin.parse(written);

        assertThat(parsed).isInstanceOf(OriginParse.Parsed.class);
        assertThat(((OriginParse.Parsed) parsed).origin().serialize()).isEqualTo(serialized);
    }

    static Stream<Arguments> notOrigins() {
        return Stream.of(
                Arguments.of("myapp.com", "has no scheme; write scheme://host[:port], e.g. https://myapp.com"),
                Arguments.of("https://myapp.com/", "has a trailing slash; an origin has no path: write 'https://myapp.com'"),
                Arguments.of("https://myapp.com/app", "has a path, query or fragment"),
                Arguments.of("https://myapp.com?x", "has a path, query or fragment"),
                Arguments.of("https://x.myapp.com@evil.com", "has user info before '@'"),
                Arguments.of("https://myapp.com:99999", "has an invalid port '99999'"),
                Arguments.of("https://myapp.com:", "has an invalid port ''"),
                Arguments.of("https://my app.com", "contains whitespace"),
                Arguments.of("https://myapp.com\r\nX: y", "contains whitespace or a control character"),
                Arguments.of("https://*.myapp.com", "has an invalid host"),
                Arguments.of("https://", "has an invalid host"),
                Arguments.of("https://127.1", "has an invalid host"),
                Arguments.of("https://256.0.0.1", "has an invalid host"),
                Arguments.of("https://[::1", "has an invalid host"),
                Arguments.of("https://[1:2:3]", "has an invalid host"),
                Arguments.of("https://a..b", "has an invalid host"),
                Arguments.of("1https://x", "has an invalid scheme"),
                Arguments.of("null", "'null' is the opaque origin"),
                Arguments.of("https://" + "a".repeat(3000), "is longer than 2048 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notOrigins")
    void parseSaysWhatIsWrongAndWhatToWrite(String text, String problem) {
        OriginParse parsed = TupleOrigin.parse(text);

        assertThat(parsed).isInstanceOf(OriginParse.Invalid.class);
        assertThat(((OriginParse.Invalid) parsed).problem()).contains(problem);
    }

    static Stream<Arguments> headerValues() {
        return Stream.of(
                Arguments.of("https://myapp.com", true),
                Arguments.of("http://localhost:3000", true),
                Arguments.of("http://[::1]:3000", true),
                Arguments.of("https://xn--bcher-kva.example", true),
                Arguments.of("https://MyApp.com", false),
                Arguments.of("https://myapp.com:443", false),
                Arguments.of("https://myapp.com/", false),
                Arguments.of(" https://myapp.com", false),
                Arguments.of("https://myapp.com ", false),
                Arguments.of("https://bücher.example", false),
                Arguments.of("http://[0:0:0:0:0:0:0:1]:3000", false),
                Arguments.of("https://myapp.com:0443", false),
                Arguments.of("null", false),
                Arguments.of("", false),
                Arguments.of("https://a.example, https://b.example", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("headerValues")
    void fromHeaderAcceptsOnlyTheExactSerializedForm(String value, boolean accepted) {
        assertThat(TupleOrigin.fromHeader(value).isPresent()).isEqualTo(accepted);
        TupleOrigin.fromHeader(value).ifPresent(o -> assertThat(o.serialize()).isEqualTo(value));
    }

    @Test
    void sixtyFourKilobyteOriginIsRejectedWithoutScanning() {
        assertThat(TupleOrigin.fromHeader("https://" + "a".repeat(65_536))).isEmpty();
    }

    @Test
    void recordNormalizesTheDefaultPortAndRefusesNonSerializedParts() {
        assertThat(new TupleOrigin("https", "myapp.com", 443).port()).isEqualTo(TupleOrigin.DEFAULT_PORT);
        assertThat(new TupleOrigin("https", "myapp.com", 443).effectivePort()).isEqualTo(443);
        assertThatThrownBy(() -> new TupleOrigin("HTTPS", "myapp.com", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TupleOrigin("https", "MyApp.com", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TupleOrigin("https", "myapp.com", 70_000)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> trustworthiness() {
        return Stream.of(Arguments.of("https://myapp.com", true), Arguments.of("http://localhost:3000", true),
                Arguments.of("http://app.localhost", true), Arguments.of("http://127.0.0.1:8080", true),
                Arguments.of("http://127.9.9.9", true), Arguments.of("http://[::1]", true),
                Arguments.of("http://myapp.com", false), Arguments.of("http://10.0.0.1", false),
                Arguments.of("http://localhost.evil.com", false), Arguments.of("http://128.0.0.1", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("trustworthiness")
    void potentiallyTrustworthyMeansHttpsOrLoopback(String origin, boolean trustworthy) {
        assertThat(((OriginParse.Parsed) TupleOrigin.parse(origin)).origin().isPotentiallyTrustworthy())
                .isEqualTo(trustworthy);
    }
}
