package dev.corstck.tck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code grade} goal in real builds: {@code mvn verify} of the sample project {@code src/it/grade-in-verify}
 * against the embedded reference target on a loopback port, correct or made wrong by a mistake profile (wire and
 * simulator only, {@code <browsers>none</browsers>}).
 */
@Timeout(300)
class GradeGoalBuildTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void conformantTargetPassesTheBuildAndTheReportLandsInTargetCorsTck() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);
        try (EmbeddedTarget target = correct()) {
            SampleBuild build = SampleBuild.verify(project, "-Dapi.url=" + target.baseUrl());

            assertThat(build.exit()).as(build.log()).isZero();
            assertThat(build.log()).contains("cors-tck-maven-plugin", ":grade", "BUILD SUCCESS");
            assertThat(project.resolve("target/cors-tck")).isDirectoryContaining("glob:**/report.json")
                    .isDirectoryContaining("glob:**/index.html").isDirectoryContaining("glob:**/junit.xml")
                    .isDirectoryContaining("glob:**/report.sarif");
        }
    }

    @Test
    void conformantTargetPassesInChromiumToo() throws Exception {
        // The one browser build: the harness and Chromium start inside the build's JVM (a missing Chromium fails it).
        Path project = SampleBuild.copy("grade-in-verify", work);
        try (EmbeddedTarget target = correct()) {
            SampleBuild build = SampleBuild.verify(project, "-Dapi.url=" + target.baseUrl(),
                    "-Dbrowsers=chromium");

            assertThat(build.exit()).as(build.log()).isZero();
            assertThat(build.log()).contains("--browsers chromium", "BUILD SUCCESS");
            assertThat(Files.readString(project.resolve("target/cors-tck/report.json"))).contains("\"chromium\"");
        }
    }

    @Test
    void mistakenTargetFailsTheBuildWithTheFailingRulesInTheLog() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);
        try (EmbeddedTarget target = mistaken()) {
            SampleBuild build = SampleBuild.verify(project, "-Dapi.url=" + target.baseUrl());

            assertThat(build.exit()).as(build.log()).isEqualTo(1);
            assertThat(build.log()).contains("BUILD FAILURE", "is not conformant (exit 1)", "target/cors-tck");
            // The kit's summary reached the build log: it names a rule the report FAILs.
            assertThat(build.log()).contains(firstFailingRule(project.resolve("target/cors-tck/report.json")));
        }
    }

    @Test
    void skipPropertySkipsTheGradingEvenOfATargetThatIsNotThere() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);

        SampleBuild build = SampleBuild.verify(project, "-Dapi.url=http://127.0.0.1:" + closedPort(),
                "-Dcors.tck.skip=true");

        assertThat(build.exit()).as(build.log()).isZero();
        assertThat(build.log()).contains("grading skipped");
        assertThat(project.resolve("target/cors-tck")).doesNotExist();
    }

    @Test
    void failuresAllInTheBaselinePassTheBuild() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);
        try (EmbeddedTarget target = mistaken()) {
            // GIVEN a baseline: the report of an earlier build that failed on this same mistake
            assertThat(SampleBuild.verify(project, "-Dapi.url=" + target.baseUrl()).exit()).isEqualTo(1);
            Path baseline = Files.copy(project.resolve("target/cors-tck/report.json"), work.resolve("baseline.json"));

            // WHEN the build is run against it
            SampleBuild build = SampleBuild.verify(project, "-Dapi.url=" + target.baseUrl(),
                    "-Dcors.tck.baselineReport=" + baseline);

            // THEN it passes, saying so, while the report still holds the FAILs
            assertThat(build.exit()).as(build.log()).isZero();
            assertThat(build.log()).contains("no new failures", "BUILD SUCCESS");
            assertThat(firstFailingRule(project.resolve("target/cors-tck/report.json"))).isNotEmpty();
        }
    }

    @Test
    void unreachableTargetIsABuildErrorSayingTheKitCouldNotDecide() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);

        SampleBuild build = SampleBuild.verify(project, "-Dapi.url=http://127.0.0.1:" + closedPort(),
                "-Dcors.tck.timeout=1s");

        assertThat(build.exit()).as(build.log()).isEqualTo(1);
        assertThat(build.log()).contains("BUILD FAILURE", "could not decide", "exit 3");
    }

    @Test
    void badPolicyFileIsABuildErrorWithTheKitsMessage() throws Exception {
        Path project = SampleBuild.copy("grade-in-verify", work);
        Files.writeString(project.resolve("cors-policy.yaml"), "credentials: maybe\n");

        SampleBuild build = SampleBuild.verify(project, "-Dapi.url=http://127.0.0.1:" + closedPort());

        assertThat(build.exit()).as(build.log()).isEqualTo(1);
        assertThat(build.log()).contains("usage or configuration error (exit 2)", "cors-policy.yaml:1:");
    }

    private static EmbeddedTarget correct() {
        return EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
    }

    private static EmbeddedTarget mistaken() {
        return EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start();
    }

    private static String firstFailingRule(Path reportJson) throws IOException {
        for (JsonNode finding : JSON.readTree(reportJson.toFile()).path("targets").path(0).path("findings")) {
            if (finding.path("verdict").asText().equals("FAIL")) {
                return finding.path("ruleId").asText();
            }
        }
        throw new AssertionError("no FAIL in " + reportJson);
    }

    /** A loopback port nothing listens on (bound, then released). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
