package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTests {

    private static EmbeddedTarget target;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.builder().profile(MistakeProfile.SUFFIX_MATCH).start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void writesAPolicyFileThatLoadsAndAJsonReport(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("policy.yaml");
        Path json = dir.resolve("discovery.json");
        CliRun run = CliRun.of("discover", "--target", target.baseUrl(), "--path", "/api/data", "-o", yaml.toString(),
                "--json", json.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("cors-tck discover: ").contains("origins: listed");
        assertThat(GradingPolicyFile.load(yaml)).isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        assertThat(Files.readString(yaml)).contains("[security.suffix-match-with-credentials]")
                .contains("# allowed: http://localhost:3000");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("policy").get("originMode").asText()).isEqualTo("LISTED");
        assertThat(doc.get("observations").findValuesAsText("text")).isNotEmpty();
    }

    @Test
    void printsJsonOnRequest() throws Exception {
        CliRun run = CliRun.of("discover", "--target", target.baseUrl(), "--format", "json", "--origin", "https://app.localhost");
        assertThat(run.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("target").asText()).isEqualTo(target.baseUrl().replaceAll("/$", ""));
        assertThat(doc.get("origins").findValuesAsText("kind")).contains("HINT", "RANDOM", "NULL");
    }

    @Test
    void unreachableTargetExitsThreeWithAClearMessage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of("discover", "--target", "http://127.0.0.1:" + port);
        assertThat(run.exit()).isEqualTo(Main.KIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot reach http://127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(CliRun.of("discover", "--target", "ftp://x").exit()).isEqualTo(Main.USAGE);
        CliRun slash = CliRun.of("discover", "--target", target.baseUrl(), "--origin", "https://app.localhost/");
        assertThat(slash.exit()).isEqualTo(Main.USAGE);
        assertThat(slash.err()).contains("is not a serialized origin");
        assertThat(CliRun.of("discover", "--target", target.baseUrl(), "--path", "api").exit()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("discover").exit()).isEqualTo(Main.USAGE);
    }
}
