package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.Engine;
import java.net.URI;
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
        assertThat(BrowserList.parseLocal(text)).isEqualTo(expected);
    }

    @Test
    void unknownBrowserNamesTheAcceptedValues() {
        assertThatThrownBy(() -> BrowserList.parseLocal("chromium,lynx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown browser 'lynx': use chromium, firefox, webkit, grid:URL, webkit@grid:URL, cdp:URL, ws:URL or "
                        + "none");
    }

    static Stream<Arguments> remotes() {
        return Stream.of(
                Arguments.of("grid:http://127.0.0.1:4444", Engine.Kind.SELENIUM_GRID, "http://127.0.0.1:4444"),
                Arguments.of("chromium@grid:http://127.0.0.1:4444", Engine.Kind.SELENIUM_GRID,
                        "http://127.0.0.1:4444"),
                Arguments.of("cdp:http://127.0.0.1:9222", Engine.Kind.CDP_CONNECT, "http://127.0.0.1:9222"),
                Arguments.of("CDP:ws://127.0.0.1:9222/devtools/browser/x", Engine.Kind.CDP_CONNECT,
                        "ws://127.0.0.1:9222/devtools/browser/x"),
                Arguments.of("ws:ws://127.0.0.1:3000/", Engine.Kind.PLAYWRIGHT_CONNECT, "ws://127.0.0.1:3000/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remotes")
    void aRemoteEndpointIsChromiumThereInTheParsedValueOnly(String item, Engine.Kind kind, String url) {
        BrowserList list = BrowserList.parse(item + ",firefox");

        assertThat(list.engines()).containsExactly(BrowserEngine.CHROMIUM, BrowserEngine.FIREFOX);
        assertThat(list.drivers().of(BrowserEngine.CHROMIUM)).isEqualTo(Engine.remote(kind, URI.create(url)));
        assertThat(list.drivers().of(BrowserEngine.FIREFOX)).isEqualTo(Engine.FIREFOX);
        assertThat(Engine.local(BrowserEngine.CHROMIUM)).as("nothing process-wide").isEqualTo(Engine.CHROMIUM);
    }

    @Test
    void webKitAtAGridIsWebKitThereBesideAGridChromium() {
        BrowserList list = BrowserList.parse("grid:http://127.0.0.1:4444, WebKit@Grid:http://127.0.0.1:4445 ,firefox");

        assertThat(list.engines()).containsExactly(BrowserEngine.CHROMIUM, BrowserEngine.WEBKIT,
                BrowserEngine.FIREFOX);
        assertThat(list.drivers().of(BrowserEngine.WEBKIT))
                .isEqualTo(Engine.remote(Engine.Kind.WEBKIT_GRID, URI.create("http://127.0.0.1:4445")));
        assertThat(list.drivers().of(BrowserEngine.CHROMIUM).kind()).isEqualTo(Engine.Kind.SELENIUM_GRID);
        assertThat(Engine.parse("webkit@grid:http://127.0.0.1:4445")).isEqualTo(list.drivers()
                .of(BrowserEngine.WEBKIT));
    }

    @Test
    void webKitAtAGridCannotBeMixedWithALocalWebKitAndFirefoxAtAGridIsRefused() {
        assertThatThrownBy(() -> BrowserList.parse("webkit,webkit@grid:http://127.0.0.1:4444"))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> BrowserList.parse("webkit@grid:127.0.0.1:4444"))
                .hasMessageContaining("webkit@grid:http://host:4444");
        assertThatThrownBy(() -> BrowserList.parse("firefox@grid:http://127.0.0.1:4444"))
                .hasMessageContaining("Firefox through a Grid is not offered");
    }

    @Test
    void twoListsInOneJvmKeepTheirOwnEndpoints() {
        // GIVEN a grid list parsed first, then a local one (the last-parsed-wins defect of a process-wide map)
        BrowserList grid = BrowserList.parse("grid:http://127.0.0.1:4444");
        BrowserList local = BrowserList.parse("chromium");
        BrowserList cdp = BrowserList.parse("cdp:http://127.0.0.1:9222");

        // THEN each value still says where its Chromium runs, and so do the harness options made from it
        assertThat(BrowserSessions.forUrls(grid.engines(), grid.drivers(), List.of()).engines())
                .containsExactly(Engine.remote(Engine.Kind.SELENIUM_GRID, URI.create("http://127.0.0.1:4444")));
        assertThat(BrowserSessions.forUrls(local.engines(), local.drivers(), List.of()).engines())
                .containsExactly(Engine.CHROMIUM);
        assertThat(cdp.drivers().of(BrowserEngine.CHROMIUM).kind()).isEqualTo(Engine.Kind.CDP_CONNECT);
        assertThat(GradeRequest.builder("http://127.0.0.1:8080").browsers(grid).build().drivers())
                .isEqualTo(grid.drivers());
        assertThat(dev.corstck.tck.certification.CertifyOptions.of(java.nio.file.Path.of("c"),
                java.nio.file.Path.of("r"), List.of(), List.of()).withBrowsers(cdp).drivers())
                .as("certify carries it too").isEqualTo(cdp.drivers());
    }

    @Test
    void remoteEndpointsNeedTheirSchemeAndCannotBeMixedWithALocalChromium() {
        assertThatThrownBy(() -> BrowserList.parse("grid:ftp://127.0.0.1")).hasMessageContaining("http/https");
        assertThatThrownBy(() -> BrowserList.parse("ws:http://127.0.0.1:3000")).hasMessageContaining("ws/wss");
        assertThatThrownBy(() -> BrowserList.parse("cdp:127.0.0.1:9222")).hasMessageContaining("cdp:http://");
        assertThatThrownBy(() -> BrowserList.parse("grid:http://127.0.0.1:4444,chromium"))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> BrowserList.parse("chromium,cdp:http://127.0.0.1:9222"))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> BrowserList.parse("grid:http://127.0.0.1:4444,ws:ws://127.0.0.1:3000/"))
                .hasMessageContaining("named twice");
    }

    @Test
    void theLocalOnlyListRefusesRemoteEndpoints() {
        assertThatThrownBy(() -> BrowserList.parseLocal("grid:http://127.0.0.1:4444"))
                .hasMessageContaining("grade, certify, demo and the JUnit engine only");
    }

    @Test
    void everyBrowserHasItsHarnessEngine() {
        assertThat(Stream.of(BrowserEngine.values()).map(dev.corstck.harness.Engine::local))
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
