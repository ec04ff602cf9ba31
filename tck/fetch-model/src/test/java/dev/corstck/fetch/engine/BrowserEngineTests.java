package dev.corstck.fetch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The browser-engine names the command line, the policy file and reports share. */
class BrowserEngineTests {

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("chromium", Optional.of(BrowserEngine.CHROMIUM)),
                Arguments.of(" Firefox ", Optional.of(BrowserEngine.FIREFOX)),
                Arguments.of("WEBKIT", Optional.of(BrowserEngine.WEBKIT)),
                Arguments.of("lynx", Optional.empty()),
                Arguments.of("spec", Optional.empty()),
                Arguments.of("", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void readsAnId(String id, Optional<BrowserEngine> expected) {
        assertThat(BrowserEngine.fromId(id)).isEqualTo(expected);
        expected.ifPresent(e -> assertThat(e.id()).isEqualTo(id.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
