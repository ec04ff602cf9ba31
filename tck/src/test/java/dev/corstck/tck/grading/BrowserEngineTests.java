package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.harness.Engine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One reading of a browser list for the CLI and the JUnit engine, and one host mapping for grading and the demo. */
class BrowserEngineTests {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("one", "chromium", List.of(BrowserEngine.CHROMIUM)),
                Arguments.of("any case, spaces, each once, in order", " Firefox, chromium ,FIREFOX",
                        List.of(BrowserEngine.FIREFOX, BrowserEngine.CHROMIUM)),
                Arguments.of("none", "none", List.of()),
                Arguments.of("blank", " ", List.of()),
                Arguments.of("empty items", "webkit,,", List.of(BrowserEngine.WEBKIT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void parsesABrowserList(String name, String text, List<BrowserEngine> expected) {
        assertThat(BrowserEngine.parseList(text)).isEqualTo(expected);
    }

    @Test
    void unknownBrowserNamesTheAcceptedValues() {
        assertThatThrownBy(() -> BrowserEngine.parseList("chromium,lynx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown browser 'lynx': use chromium, firefox, webkit, grid:URL or none");
    }

    @Test
    void gridIsChromiumOnThatGridUntilALaterListNamesChromiumLocally() {
        assertThat(BrowserEngine.parseList("grid:http://127.0.0.1:4444,firefox"))
                .containsExactly(BrowserEngine.CHROMIUM, BrowserEngine.FIREFOX);
        assertThat(BrowserEngine.CHROMIUM.harnessEngine()).isEqualTo(Engine.remote(Engine.Kind.SELENIUM_GRID,
                java.net.URI.create("http://127.0.0.1:4444")));

        BrowserEngine.parseList("chromium");
        assertThat(BrowserEngine.CHROMIUM.harnessEngine()).isEqualTo(Engine.CHROMIUM);
    }

    @Test
    void gridNeedsAnHttpUrlAndCannotBeMixedWithALocalChromium() {
        assertThatThrownBy(() -> BrowserEngine.parseList("grid:ftp://127.0.0.1")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> BrowserEngine.parseList("grid:http://127.0.0.1:4444,chromium"))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> BrowserEngine.parseList("chromium,grid:http://127.0.0.1:4444"))
                .hasMessageContaining("named twice");
        BrowserEngine.parseList("chromium");
    }

    @Test
    void everyBrowserHasItsHarnessEngine() {
        BrowserEngine.parseList("chromium");
        assertThat(Stream.of(BrowserEngine.values()).map(BrowserEngine::harnessEngine))
                .containsExactly(Engine.CHROMIUM, Engine.FIREFOX, Engine.WEBKIT);
    }

    @Test
    void sessionsMapOnlyHostsThatAreNotLoopbackNames() {
        var options = BrowserSessions.forUrls(List.of(BrowserEngine.CHROMIUM), List.of("https://myapp.com",
                "http://127.0.0.1:8080", "null", "https://app.localhost", "http://localhost:3000",
                "http://API.example:8080/x"));

        assertThat(options.hostsToLoopback()).containsExactly("api.example", "myapp.com");
    }
}
