package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cors-tck demo} exit codes, without browsers: the demo shows, it does not grade, so it exits 0 when every
 * client was shown, 2 for bad input and 3 when something could not be shown. Chromium is covered by
 * {@code EnforcementDemoTests}.
 */
@Timeout(60)
class DemoCommandTests {

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("target that is not a URL", new String[] {"--target", "nowhere"}, "nowhere"),
                Arguments.of("origin that is not an origin", new String[] {"--target", "http://127.0.0.1:9",
                        "--origin", "localhost:3000/app"}, "not an origin"),
                Arguments.of("path without a slash", new String[] {"--target", "http://127.0.0.1:9", "--path", "api"},
                        "--path must start with '/'"),
                Arguments.of("unknown browser", new String[] {"--browsers", "lynx"}, "unknown browser 'lynx'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void badInputIsAUsageError(String name, String[] args, String message) {
        CliRun r = CliRun.of(Stream.concat(Stream.of("demo"), Stream.of(args)).toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cors-tck demo: ", message);
    }

    @Test
    void targetThatDoesNotAnswerExitsThreeAndSaysWhy() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }

        CliRun r = CliRun.of("demo", "--target", "http://127.0.0.1:" + port, "--browsers", "none");

        assertThat(r.exit()).isEqualTo(Main.KIT_ERROR);
        assertThat(r.out()).contains("Not everything could be shown (2):", "credentialed-get: plain HTTP client: "
                + "no response", "token-put: plain HTTP client: no response");
    }

    @Test
    void targetThatAnswersEveryClientExitsZero() {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun r = CliRun.of("demo", "--target", target.baseUrl(), "--path", "/api/data", "--browsers", "none");

            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("== credentialed-get", "plain HTTP client:", "status 200",
                    "The server answered the plain client and curl every time");
        }
    }
}
