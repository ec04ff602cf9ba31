package dev.corstck.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.fetch.request.RequestMode;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public value types parse and serialize as browsers do. */
class ValueParsingTests {

    static Stream<Arguments> origins() {
        return Stream.of(Arguments.of("http://localhost:3000", "http://localhost:3000"),
                Arguments.of("https://myapp.com", "https://myapp.com"),
                Arguments.of("https://MyApp.com:443", "https://myapp.com"),
                Arguments.of("http://127.0.0.1:80", "http://127.0.0.1"),
                Arguments.of("http://[::1]:8080", "http://[::1]:8080"),
                Arguments.of("null", "null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("origins")
    void pageOriginSerializesLikeTheOriginHeader(String text, String serialized) {
        assertThat(PageOrigin.parse(text).serialize()).isEqualTo(serialized);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://x", "http://x/path", "localhost:3000", "http://"})
    void pageOriginRejectsWhatIsNoOrigin(String text) {
        assertThatThrownBy(() -> PageOrigin.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 65_536})
    void pageOriginRejectsPortsOutOfRange(int port) {
        assertThatThrownBy(() -> PageOrigin.http("localhost", port)).hasMessageContaining("port");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"::1", "a/b", " "})
    void pageOriginRejectsBadHosts(String host) {
        assertThatThrownBy(() -> PageOrigin.http(host, 80)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of("chromium", Engine.CHROMIUM), Arguments.of("chromium-selenium",
                Engine.CHROMIUM_SELENIUM), Arguments.of("firefox", Engine.FIREFOX), Arguments.of("webkit",
                Engine.WEBKIT), Arguments.of("grid:http://127.0.0.1:4444",
                Engine.remote(Engine.Kind.SELENIUM_GRID, URI.create("http://127.0.0.1:4444"))),
                Arguments.of("webkit@grid:http://127.0.0.1:4444",
                        Engine.remote(Engine.Kind.WEBKIT_GRID, URI.create("http://127.0.0.1:4444"))),
                Arguments.of("cdp:ws://127.0.0.1:9222/devtools/browser/x",
                        Engine.remote(Engine.Kind.CDP_CONNECT, URI.create("ws://127.0.0.1:9222/devtools/browser/x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void engineParsesTheCommandLineForms(String text, Engine expected) {
        assertThat(Engine.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"safari", "grid:", "grid"})
    void engineRejectsUnknownFormsWithTheList(String text) {
        assertThatThrownBy(() -> Engine.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.replace(":", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fetchDefaults")
    void fetchCallDefaultsAreThoseOfFetch(String what, Object actual, Object expected) {
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<Arguments> fetchDefaults() {
        FetchCall c = FetchCall.get("http://localhost/x");
        return Stream.of(Arguments.of("mode", c.mode().token(), "cors"),
                Arguments.of("credentials", c.credentials().token(), "same-origin"),
                Arguments.of("redirect", c.redirect().token(), "follow"),
                Arguments.of("no-cors", RequestMode.NO_CORS.token(), "no-cors"),
                Arguments.of("body", c.body().isPresent(), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ERROR", "SKIPPED"})
    void harnessVerdictsAreNeverCorsResults(Outcome outcome) {
        assertThat(outcome.isCorsResult()).isFalse();
        Observation o = outcome == Outcome.ERROR
                ? Observation.error("c", "webkit", "d", "null", "why", java.util.Set.of())
                : Observation.skipped("c", "webkit", "d", "null", "why");
        assertThat(o.outcome()).isEqualTo(outcome);
        assertThat(o.preflightSent()).isEqualTo(Observed.UNKNOWN);
        assertThat(o.jsError()).isEqualTo(Optional.empty());
    }
}
