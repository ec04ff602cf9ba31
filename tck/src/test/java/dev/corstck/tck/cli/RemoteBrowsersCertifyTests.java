package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code certify} through browsers somebody else runs, end to end. One real configuration of
 * {@code certification/} (Flask-CORS, {@code documented}: a Debian package, no build) is certified with local
 * Chromium and WebKit, then with {@code cdp:} (a Chromium on a DevTools port), {@code ws:} (a Playwright server) and
 * one Grid standalone offering both {@code grid:} Chrome and {@code webkit@grid:} (relayed to WebKitWebDriver): every
 * run ends as the manifest expects, with the same per-engine verdict in {@code certification.json} and the same
 * verdict per rule, scenario and engine in the configuration's report as the local run.
 */
@Timeout(900)
@EnabledOnOs(OS.LINUX)
class RemoteBrowsersCertifyTests {

    private static final String CONFIGURATION = "flask-cors/documented";

    @TempDir
    Path dir;

    @Test
    void certifyThroughCdpPlaywrightServerAndGridMatchesTheLocalBrowsers() throws Exception {
        Path certification = copyOfCertification();
        Run local = certify(certification, "local", "chromium,webkit");
        assertThat(local.verdicts("chromium")).as("the local Chromium confirmed scenarios").isNotEmpty();
        assertThat(local.verdicts("webkit")).as("the local WebKit confirmed scenarios").isNotEmpty();

        try (RemoteChromium chromium = RemoteChromium.cdp(dir)) {
            certify(certification, "cdp", "cdp:" + chromium.endpoint()).assertSameAs(local, "chromium");
        }
        try (RemoteChromium server = RemoteChromium.playwrightServer(dir)) {
            certify(certification, "ws", "ws:" + server.endpoint()).assertSameAs(local, "chromium");
        }
        try (LocalGrid grid = LocalGrid.webKitStandalone(dir.resolve("grid-logs"), true)) {
            Run viaGrid = certify(certification, "grid", "grid:" + grid.url() + ",webkit@grid:" + grid.url());
            viaGrid.assertSameAs(local, "chromium");
            viaGrid.assertSameAs(local, "webkit");
            assertThat(Files.readString(dir.resolve("grid-logs/standalone.log"))).as("the Grid ran the sessions")
                    .contains("Session created");
        }
    }

    /** One certify run: its matrix and the configuration's findings. */
    private record Run(String browsers, JsonNode row, List<Finding> findings) {

        /** What the run decided per rule and scenario for {@code engine}, without timings or driver details. */
        List<String> verdicts(String engine) {
            return findings.stream().filter(f -> f.engine().id().equals(engine))
                    .map(f -> f.ruleId() + " " + f.scenarioId() + " " + f.verdict()).sorted().toList();
        }

        void assertSameAs(Run local, String engine) {
            assertThat(row.path("engines").path(engine).path("verdict").asText()).as("%s: %s's verdict in the "
                    + "matrix", browsers, engine).isNotEmpty()
                    .isEqualTo(local.row.path("engines").path(engine).path("verdict").asText());
            assertThat(verdicts(engine)).as("%s: %s's verdicts", browsers, engine).isNotEmpty()
                    .isEqualTo(local.verdicts(engine));
        }
    }

    private Run certify(Path certification, String name, String browsers) throws IOException {
        Path report = dir.resolve(name);
        CliRun run = CliRun.of("certify", "--certification", certification.toString(), "--only", CONFIGURATION,
                "--browsers", browsers, "--report", report.toString());
        assertThat(run.exit()).as("certify --browsers %s: %s%s", browsers, run.out(), run.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(report.resolve("certification.json").toFile())
                .path("implementations").path(0);
        assertThat(row.path("name").asText()).isEqualTo(CONFIGURATION);
        assertThat(row.path("matched").asBoolean()).as("%s: as the manifest expects", browsers).isTrue();
        List<Finding> findings = ReportJson.read(report.resolve(CONFIGURATION).resolve("report.json")).targets()
                .get(0).findings();
        assertThat(findings).as("%s: findings no browser could decide", browsers)
                .filteredOn(f -> f.verdict() == Verdict.ERROR).extracting(f -> f.engine().id() + " "
                        + f.scenarioId() + ": " + f.actual()).isEmpty();
        return new Run(browsers, row, findings);
    }

    /** The Flask-CORS folder and the policies it names, so that nothing is written into the repository's. */
    private Path copyOfCertification() throws IOException {
        Path source = Path.of("..", "certification");
        Path copy = Files.createDirectories(dir.resolve("certification"));
        for (String policy : List.of("policy.yaml", "per-route-policy.yaml", "public-policy.yaml")) {
            Files.copy(source.resolve(policy), copy.resolve(policy));
        }
        try (Stream<Path> files = Files.walk(source.resolve("flask-cors"))) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return copy;
    }
}
