package dev.corstck.tck.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProbeTargetTests {

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("http with port and path", "http://127.0.0.1:8080/api/x?y", "http://127.0.0.1:8080"),
                Arguments.of("https default port dropped", "https://API.Example:443/", "https://api.example"),
                Arguments.of("http default port dropped", "http://localhost:80", "http://localhost"),
                Arguments.of("no path", "http://localhost:3000", "http://localhost:3000"),
                Arguments.of("IPv6 literal", "http://[::1]:9000/x", "http://[::1]:9000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void parsesTheOriginOfABaseUrl(String name, String url, String origin) {
        assertThat(ProbeTarget.parse(url).origin()).isEqualTo(origin);
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        for (String bad : List.of("ftp://x", "localhost:8080", "http://", "http://exa mple", "")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ProbeTarget.parse(bad));
        }
    }

    @Test
    void preflightIsShapedLikeChromiums() {
        var preflight = BrowserRequests.preflight("/x?q=1", "https://app.example", "PUT",
                List.of("X-B", "Content-Type", "x-b"));
        assertThat(preflight.method()).isEqualTo("OPTIONS");
        assertThat(preflight.headers().fields()).extracting(f -> f.name()).containsExactly("Connection", "Accept",
                "Access-Control-Request-Method", "Access-Control-Request-Headers", "Origin", "User-Agent",
                "Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-Dest");
        assertThat(preflight.headers().first("Access-Control-Request-Headers")).contains("content-type,x-b");
        assertThat(BrowserRequests.preflight("/", "null", "DELETE", List.of()).headers()
                .contains("Access-Control-Request-Headers")).isFalse();
    }
}
