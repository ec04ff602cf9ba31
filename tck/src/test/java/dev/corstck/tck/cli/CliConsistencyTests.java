package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The same behaviour across commands: suggestions, usage errors, the recorded command line, unreachable targets. */
@Timeout(120)
class CliConsistencyTests {

    @TempDir
    Path dir;

    @Test
    void unknownSubcommandSuggestsTheNearestAndExitsTwo() {
        CliRun r = CliRun.of("gradee", "--target", "http://127.0.0.1:9");

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("'gradee'", "Did you mean: cors-tck grade");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"diff", "rules", "discover", "serve", "grade", "demo",
            "certify", "explain"})
    void aSubcommandBuiltAloneHelpsAndFailsAsAmongItsSiblings(String name) {
        // Main.run builds only the named subcommand; its help (exit codes included) and its usage errors stay the same.
        for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--no-such-option"})) {
            java.io.StringWriter alone = new java.io.StringWriter();
            java.io.StringWriter among = new java.io.StringWriter();
            picocli.CommandLine lazy = Main.commandLine(args);
            picocli.CommandLine full = Main.commandLine();
            lazy.setOut(new java.io.PrintWriter(alone)).setErr(new java.io.PrintWriter(alone));
            full.setOut(new java.io.PrintWriter(among)).setErr(new java.io.PrintWriter(among));

            assertThat(lazy.getSubcommands()).containsOnlyKeys(name);
            assertThat(lazy.execute(args)).isEqualTo(full.execute(args));
            assertThat(alone.toString()).isEqualTo(among.toString()).contains(name);
        }
    }

    @Test
    void unknownRulesFormatIsAUsageErrorListingTheValidOnes() {
        CliRun r = CliRun.of("rules", "--format", "yaml");

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("'yaml' is not a format; valid formats: text, json, markdown")
                .doesNotContain("No enum constant");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void reportRecordsTheCommandLineOnceAndQuietPrintsNothing() throws IOException {
        Path report = dir.resolve("report");
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            CliRun r = CliRun.of("grade", "--target", target.baseUrl(), "--browsers", "none", "--path", "/api/data",
                    "--report", report.toString(), "--quiet");

            assertThat(r.exit()).isEqualTo(Main.CONFORMANT);
            assertThat(r.out()).isEmpty();
            List<String> recorded = new ArrayList<>();
            new ObjectMapper().readTree(report.resolve("report.json").toFile()).path("run").path("commandLine")
                    .forEach(a -> recorded.add(a.asText()));
            assertThat(recorded).containsExactly("cors-tck", "grade", "--target", target.baseUrl(), "--browsers",
                    "none", "--path", "/api/data", "--report", report.toString(), "--quiet");
        }
    }

    @Test
    void unreachableTargetExitsThreeInGradeDiscoverAndExplain() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;

        CliRun grade = CliRun.of("grade", "--target", url, "--browsers", "none", "--report",
                dir.resolve("g").toString(), "--quiet");
        CliRun discover = CliRun.of("discover", "--target", url, "--timeout", "2");
        CliRun explain = CliRun.of("explain", "--url", url + "/", "--origin", "http://localhost:3000", "--timeout",
                "2");

        assertThat(List.of(grade.exit(), discover.exit(), explain.exit())).containsOnly(Main.KIT_ERROR);
        assertThat(explain.out()).contains("a response from http://127.0.0.1:" + port);
        assertThat(discover.err()).contains("cors-tck discover: cannot reach http://127.0.0.1:" + port);
    }

    @Test
    void unknownBrowserPathKeyIsAUsageError() {
        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--browsers", "none", "--browser-path",
                "netscape=/usr/bin/true", "--report", dir.resolve("b").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unknown key 'netscape'", "chromium, chromedriver, firefox, webkit");
    }

    @Test
    void browserPathReachesTheHarnessOptions() {
        try {
            BrowserPathOption.apply(java.util.Map.of("chromium", Path.of("/bin/sh")));

            assertThat(dev.corstck.harness.HarnessOptions.builder().build().browsers().chromium())
                    .isEqualTo(Path.of("/bin/sh"));
        } finally {
            System.clearProperty("cors.tck.browser.chromium");
        }
        assertThat(dev.corstck.harness.HarnessOptions.builder().build().browsers().chromium().toString())
                .isEqualTo(System.getenv().getOrDefault("CORS_TCK_CHROMIUM",
                        dev.corstck.harness.HarnessOptions.BrowserPaths.HEADLESS_SHELL));
    }
}
