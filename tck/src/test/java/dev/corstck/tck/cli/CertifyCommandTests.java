package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cors-tck certify} on the fixture implementation (Python's http.server with hand-written CORS), wire probes
 * and the simulator only: the matrix files, the build stamp, publishing, and each exit code.
 */
@Timeout(180)
class CertifyCommandTests {

    @TempDir
    Path dir;

    @Test
    void certifiesTheFixtureAsExpectedWritesTheMatrixAndPublishes() throws Exception {
        // GIVEN the fixture folder, and a README with the table markers
        Path certification = fixture();
        Files.writeString(certification.resolve("README.md"), "# Matrix\n<!-- certification-matrix:start -->\n"
                + "<!-- certification-matrix:end -->\n");
        Path report = dir.resolve("report");

        // WHEN it is certified twice
        CliRun first = CliRun.of("certify", "--certification", certification.toString(), "--browsers", "none",
                "--report", report.toString(), "--publish");
        CliRun second = CliRun.of("certify", "--certification", certification.toString(), "--browsers", "none",
                "--report", report.toString(), "--only", "fixture-python/documented");

        // THEN both configurations got their expected verdicts; the build ran once
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("fixture-python: building (sh build.sh)",
                "[1/2] fixture-python/documented: starting", "[1/2] fixture-python/documented: conformant in wire, "
                + "as expected", "[2/2] fixture-python/default: non-conformant in wire, as expected",
                "certified 2 configuration(s)", "2 as expected, 0 not");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).doesNotContain("building");
        assertThat(Files.readString(certification.resolve("fixture-python/build-count.txt"))).isEqualTo("built\n");
        // the matrix and each configuration's own report and server log
        JsonNode json = new ObjectMapper().readTree(report.resolve("certification.json").toFile());
        JsonNode row = json.path("implementations").path(0);
        assertThat(row.path("name").asText()).isEqualTo("fixture-python/documented");
        assertThat(row.path("engines").path("wire").path("verdict").asText()).isEqualTo("conformant");
        assertThat(row.path("engines").path("wire").path("pass").asInt()).isPositive();
        assertThat(row.path("expected").asText()).isEqualTo("conformant");
        assertThat(row.path("matched").asBoolean()).isTrue();
        assertThat(report.resolve("index.html")).content().contains("fixture-python/documented/index.html");
        assertThat(report.resolve("fixture-python/documented/index.html")).exists();
        assertThat(report.resolve("fixture-python/default/server.log")).content().contains("listening on");
        assertThat(report.resolve("badges/fixture-python.default.wire.svg")).exists();
        // the published matrix holds both rows even though the second run certified one
        JsonNode published = new ObjectMapper().readTree(certification.resolve("RESULTS.json").toFile());
        assertThat(published.path("implementations")).hasSize(2);
        assertThat(certification.resolve("README.md")).content().contains(
                "| fixture-python | default | python | http.server of Python 3 | non-conformant | non-conformant");
        assertThat(fixtureChildren()).as("the fixture's children are stopped").isZero();
    }

    @Test
    void aVerdictOtherThanTheExpectedOneExitsOneAndSaysWhich() throws Exception {
        Path certification = fixture();
        Path manifest = certification.resolve("fixture-python/implementation.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("    expect: non-conformant\n    explained:\n"
                + "      - rule: policy.undeclared-origin-refused\n        verdict: FAIL\n        why: every Origin is "
                + "echoed with Access-Control-Allow-Credentials, so any site reads credentialed answers.\n",
                "    expect: conformant\n"));

        CliRun run = CliRun.of("certify", "--certification", certification.toString(), "--browsers", "none",
                "--report", dir.resolve("report").toString(), "--only", "fixture-python/default");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("fixture-python/default: non-conformant in wire (expected conformant): NOT AS "
                + "EXPECTED", "fixture-python/default: expected conformant, got wire: non-conformant");
    }

    @Test
    void aServerThatNeverBecomesHealthyIsInconclusiveWithItsLog() throws Exception {
        Path certification = fixture();
        Path manifest = certification.resolve("fixture-python/implementation.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("env: {CORS_CONFIG: documented}",
                "env: {CORS_CONFIG: never-healthy}"));

        CliRun run = CliRun.of("certify", "--certification", certification.toString(), "--browsers", "none",
                "--report", dir.resolve("report").toString(), "--only", "fixture-python/documented",
                "--health-timeout", "2s");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.out()).contains("inconclusive in wire", "ERROR: GET http://127.0.0.1:",
                "/health did not answer 2xx within 2 s (last: status 503)", "listening on 127.0.0.1");
    }

    @Test
    void anInvalidImplementationYamlIsAUsageErrorWithEveryProblemAndItsLine() throws Exception {
        Path certification = fixture();
        Path manifest = certification.resolve("fixture-python/implementation.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("ecosystem: python", "ecosystem: perl")
                .replace("expect: conformant", "expect: fine"));

        CliRun run = CliRun.of("certify", "--certification", certification.toString(), "--dry-run");
        CliRun unknown = CliRun.of("certify", "--certification", certification.toString(), "--only", "nope");
        CliRun publish = CliRun.of("certify", "--certification", fixture(dir.resolve("other")).toString(),
                "--publish", "--browsers", "none");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("2 problem(s)", manifest + ":6:12: unknown ecosystem: 'perl'",
                manifest + ":16:13: expect must be conformant, conformant-with-warnings or non-conformant: 'fine'");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--only: no certification folder for [nope]");
        assertThat(publish.exit()).isEqualTo(2);
        assertThat(publish.err()).contains("--publish:", "README.md cannot be read");
    }

    private Path fixture() throws Exception {
        return fixture(dir.resolve("certification"));
    }

    private static Path fixture(Path target) throws Exception {
        Path source = Path.of(CertifyCommandTests.class.getResource("/dev/corstck/tck/certification/fixtures")
                .toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    /** The fixture's "sleep 6061" child and "sleep 6062" grandchild still running. */
    @Test
    void thePublishedCommandNamesNoFolderOfThisMachine() {
        assertThat(CertifyCommand.publishable(java.util.List.of("--publish", "--only", "nginx", "--report",
                "/home/me/run3/report", "--certification=/srv/cert", "--report=target/matrix")))
                .containsExactly("--publish", "--only", "nginx", "--report", "<dir>", "--certification=<dir>",
                        "--report=target/matrix");
    }

    private static long fixtureChildren() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().filter(c -> c.endsWith("sleep 6061")
                || c.endsWith("sleep 6062")).isPresent()).count();
    }
}
