package dev.corstck.tck.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.cli.Main;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain --url} and {@code --curl} against the reference target on loopback, through the CLI. */
class LiveExplainTests {

    private static final String PAGE = "http://localhost:3000";

    /** Run the CLI, capturing stdout. */
    private record Run(int exit, String out) {
    }

    private static Run cli(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    private static EmbeddedTarget target(Optional<MistakeProfile> profile) {
        return EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile).start();
    }

    @Test
    void authorizationNotAllowedIsNamedAsTheCauseThoughTheBrowsersReportTheMethod() throws Exception {
        try (EmbeddedTarget t = target(Optional.of(MistakeProfile.AUTHORIZATION_NOT_ALLOWED))) {
            Run r = cli("explain", "--url", t.baseUrl() + "/api/items/1", "--origin", PAGE, "--method", "PUT",
                    "--header", "Authorization: Bearer t", "--header", "Content-Type: application/json",
                    "--credentials", "include", "--format", "json");

            assertThat(r.exit()).isEqualTo(1);
            JsonNode req = new ObjectMapper().readTree(r.out()).get("requests").get(0);
            assertThat(req.get("url").asText()).endsWith("/api/items/1");
            assertThat(req.get("method").asText()).isEqualTo("PUT");
            assertThat(req.get("preflight").asBoolean()).isFalse();
            for (String engine : new String[] {"spec", "chromium", "firefox", "webkit"}) {
                JsonNode v = req.get("engines").get(engine);
                assertThat(v.get("outcome").asText()).isEqualTo("NETWORK_ERROR");
                assertThat(v.get("block").get("reason").asText()).isEqualTo("METHOD_DISALLOWED");
                assertThat(v.get("fix").get("cause").asText()).contains("refuses the request header authorization");
                assertThat(v.get("rules").toString()).contains("seed.authorization-in-allowed-headers");
            }
            assertThat(req.get("decidingStep").get("anchor").asText()).isEqualTo("fetch#cors-preflight-fetch-0");
            assertThat(req.get("rules").toString()).contains("preflight.acah-lists-headers");
            assertThat(req.get("fix").get("remedy").asText()).contains("allowedHeaders").contains("'Authorization'");
            assertThat(req.get("diagnosis").toString()).contains("with 'authorization' alone, the server refuses it")
                    .contains("with 'content-type' alone, the server grants it");
            assertThat(req.get("engines").get("chromium").get("console").get(0).asText())
                    .contains("Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.");
        }
    }

    @Test
    void aCorrectTargetIsAllowedAndExitsZero() {
        try (EmbeddedTarget t = target(Optional.empty())) {
            Run r = cli("explain", "--url", t.baseUrl() + "/api/items/1", "--origin", PAGE, "--method", "PUT",
                    "--header", "Authorization: Bearer t", "--credentials", "include");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("ALLOWED (CORS_OK) in spec, chromium, firefox, webkit")
                    .contains("preflight: sent to the server: OPTIONS /api/items/1")
                    .contains("Access-Control-Request-Headers: authorization");
        }
    }

    @Test
    void aCurlLineIsSentWithItsCookieAndExplained() {
        try (EmbeddedTarget t = target(Optional.of(MistakeProfile.WILDCARD_WITH_CREDENTIALS))) {
            Run r = cli("explain", "--curl", "curl '" + t.baseUrl() + "/api/data' -H 'Origin: " + PAGE
                    + "' -b 'session=1' --compressed");

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("BLOCKED (NETWORK_ERROR) in spec, chromium, firefox, webkit")
                    .contains("cors-check.acao-not-wildcard-with-credentials")
                    .contains("must not be the wildcard '*' when the request's credentials mode is 'include'");
            assertThat(t.journal().since(0)).anyMatch(e -> e.path().equals("/api/data"));
        }
    }

    @Test
    void anUnreachableServerDecidesNothing() {
        Run r = cli("explain", "--url", "http://127.0.0.1:9/x", "--origin", PAGE, "--timeout", "2");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("UNKNOWN").contains("a response from http://127.0.0.1:9");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli("explain", "--url", "http://127.0.0.1:9/x").exit()).isEqualTo(2); // no --origin
        assertThat(cli("explain", "--curl", "curl http://127.0.0.1:9/x").exit()).isEqualTo(2); // no Origin
        assertThat(cli("explain", "--har", "no-such.har").exit()).isEqualTo(2);
        assertThat(cli("explain", "--har", "x.har", "--url", "http://a").exit()).isEqualTo(2);
        assertThat(cli("explain", "--har", "explain/src/test/resources/dev/corstck/tck/explain/edge/not-json.har").exit())
                .isEqualTo(2);
        assertThat(cli("explain", "--url", "http://a/x", "--origin", PAGE, "--format", "yaml").exit()).isEqualTo(2);
    }

    @Test
    void aHarBecomesTextJsonAndAPage(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("explain.html");
        Run r = cli("explain", "--har", "explain/src/test/resources/dev/corstck/tck/explain/har/chromium-cdp.har",
                "--format", "json", "--html", page.toString());

        assertThat(r.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("requests")).hasSize(11);
        for (JsonNode req : root.get("requests")) {
            assertThat(req.has("url") && req.has("method") && req.has("preflight") && req.has("rules")
                    && req.has("fix") && req.has("decidingStep")).isTrue();
            assertThat(req.get("engines").fieldNames()).toIterable().containsExactly("spec", "chromium", "firefox",
                    "webkit");
        }
        String html = Files.readString(page);
        assertThat(html).startsWith("<!doctype html>").contains("<style>").doesNotContain("<script src")
                .doesNotContain("<link").contains("data-engine=\"webkit\"");
        assertThat(html.split("id=\"request-")).hasSize(12);
    }

    @Test
    void theExplainerAgreesWithTheSimulatorBlockForEveryEngineOnAMistake() {
        try (EmbeddedTarget t = target(Optional.of(MistakeProfile.DUPLICATE_ACAO))) {
            ExplainReport r = Explanations.live("test", ExplainInput.live("--url",
                    dev.corstck.tck.simulator.FetchRequest.get(PAGE, t.baseUrl() + "/api/data")),
                    dev.corstck.tck.probe.ProbeOptions.defaults(), Optional.empty());

            assertThat(r.requests().get(0).engines().get(Engine.CHROMIUM).block().map(b -> b.reason()))
                    .contains(BlockReason.MULTIPLE_ALLOW_ORIGIN);
        }
    }
}
