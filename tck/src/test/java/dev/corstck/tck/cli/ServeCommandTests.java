package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ServeCommandTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ServeProcess demo;
    private static String url;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = ServeProcess.start("--port", "0");
        url = demo.awaitUrl();
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Test
    void wildcardOriginWithCredentialsIsRefusedWithItsLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "origin: \"*\"\ncredentials: true\n");

        try (ServeProcess serve = ServeProcess.start("--policy", policy.toString(), "--port", "0")) {
            assertThat(serve.awaitExit()).isEqualTo(Main.USAGE);
            assertThat(serve.stderr()).contains(policy + ":1:9: origin '*' cannot be combined with credentials")
                    .contains("list the exact origins").contains("nothing started");
        }
    }

    @Test
    void everyProblemOfAPolicyFileIsPrinted(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("p.yaml"),
                "origin: [\"https://a.example/\", \"null\"]\nmethod: [PUT]\ncredentials: yes please\n");

        try (ServeProcess serve = ServeProcess.start("--policy", policy.toString(), "--port", "0")) {
            assertThat(serve.awaitExit()).isEqualTo(Main.USAGE);
            assertThat(serve.stderr()).contains(":1:10: not an origin: 'https://a.example/' has a trailing slash")
                    .contains(":1:32: the 'null' origin is allowed")
                    .contains(":2:1: unknown option: 'method'; did you mean 'methods'?")
                    .contains(":3:14: an option has the wrong type: credentials must be true or false")
                    .contains("has 4 problems");
        }
    }

    @Test
    void unknownProfileAndNonLoopbackHostAreUsageErrors() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--profile", "no-such-mistake", "--port", "0")) {
            assertThat(serve.awaitExit()).isEqualTo(Main.USAGE);
            assertThat(serve.stderr()).contains("unknown profile 'no-such-mistake'");
        }
        try (ServeProcess serve = ServeProcess.start("--host", "192.0.2.1", "--port", "0")) {
            assertThat(serve.awaitExit()).isEqualTo(Main.USAGE);
            assertThat(serve.stderr()).contains("host must be a loopback address");
        }
    }

    @Test
    void listProfilesNamesEveryProfile() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--list-profiles")) {
            assertThat(serve.awaitExit()).isEqualTo(Main.CONFORMANT);
            assertThat(serve.stdout()).contains(Stream.of(MistakeProfile.values()).map(MistakeProfile::id).toList());
        }
    }

    @Test
    void demoPrintsItsUrlAndEffectivePolicy() throws Exception {
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(demo.stdout()).contains("effective policy:",
                "origin: [\"http://localhost:3000\", \"http://127.0.0.1:3000\", \"https://app.localhost\"]",
                "credentials: true", "maxAge: 600");
    }

    @Test
    void preflightFromAnAllowedOriginIsApprovedExactly() throws Exception {
        HttpResponse<String> r = preflight("http://localhost:3000", "authorization,content-type");

        assertThat(r.statusCode()).isBetween(200, 299);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly("http://localhost:3000");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().split(",")).contains("PUT");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization");
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    }

    static Stream<String> refusedOrigins() {
        return Stream.of("https://evil.example", "null", "https://app.localhost.evil.example",
                "https://evilapp.localhost", "http://localhost:3001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOrigins")
    void refusedOriginsGetNoCorsHeaders(String origin) throws Exception {
        HttpResponse<String> preflight = preflight(origin, "authorization");
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(url + "/api/data")).header("Origin", origin));

        for (HttpResponse<String> r : java.util.List.of(preflight, get)) {
            assertThat(r.headers().map().keySet()).noneMatch(n -> n.toLowerCase().startsWith("access-control-"));
            assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
        }
    }

    @Test
    void profileChangesTheAnswerAndCtrlCStopsTheServer() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--profile", "duplicate-acao")) {
            String base = serve.awaitUrl();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/data"))
                    .header("Origin", "http://localhost:3000"));

            assertThat(r.headers().allValues("Access-Control-Allow-Origin"))
                    .containsExactly("http://localhost:3000", "http://localhost:3000");
            assertThat(serve.stdout()).contains("profile: duplicate-acao");
            serve.stop();
            assertThat(serve.stderr()).doesNotContain("Exception");
        }
    }

    private static HttpResponse<String> preflight(String origin, String requestHeaders) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + "/api/items/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", requestHeaders));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
