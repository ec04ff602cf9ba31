package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /** Run the CLI as Main.run does, capturing both streams. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? Main.USAGE : Main.KIT_ERROR);
        cli.getCommandSpec().exitCodeOnInvalidInput(Main.USAGE);
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    @Test
    void writesAPolicyFileThatLoadsAndAJsonReport(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("policy.yaml");
        Path json = dir.resolve("discovery.json");
        Run run = run("discover", "--target", target.baseUrl(), "--path", "/api/data", "-o", yaml.toString(),
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
        Run run = run("discover", "--target", target.baseUrl(), "--format", "json", "--origin", "https://app.localhost");
        assertThat(run.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("target").asText()).isEqualTo(target.baseUrl().replaceAll("/$", ""));
        assertThat(doc.get("origins").findValuesAsText("kind")).contains("HINT", "RANDOM", "NULL");
    }

    @Test
    void unreachableTargetExitsTwoWithAClearMessage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run run = run("discover", "--target", "http://127.0.0.1:" + port);
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot reach http://127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("discover", "--target", "ftp://x").exit()).isEqualTo(Main.USAGE);
        Run slash = run("discover", "--target", target.baseUrl(), "--origin", "https://app.localhost/");
        assertThat(slash.exit()).isEqualTo(Main.USAGE);
        assertThat(slash.err()).contains("is not a serialized origin");
        assertThat(run("discover", "--target", target.baseUrl(), "--path", "api").exit()).isEqualTo(Main.USAGE);
        assertThat(run("discover").exit()).isEqualTo(Main.USAGE);
    }
}
