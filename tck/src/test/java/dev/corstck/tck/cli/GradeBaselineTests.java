package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade --baseline}: only FAILs the earlier report does not hold fail the run (the diff's new failures). */
@Timeout(90)
class GradeBaselineTests {

    @TempDir
    Path dir;

    @Test
    void failuresAllInTheBaselinePassAndTheReportKeepsThem() throws IOException {
        try (EmbeddedTarget target = mistaken()) {
            // GIVEN a baseline that already holds the mistake's FAILs
            assertThat(grade(target, "before").exit()).isEqualTo(Main.NON_CONFORMANT);

            // WHEN the same mistake is graded against it
            CliRun r = grade(target, "after", "--baseline", dir.resolve("before/report.json").toString());

            // THEN the run passes, and the report still says FAIL
            assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.CONFORMANT);
            assertThat(r.out()).contains("baseline: ", "no new failures");
            assertThat(Files.readString(dir.resolve("after/report.json"))).contains("\"FAIL\"");
        }
    }

    @Test
    void aFailureTheBaselineDoesNotHoldFailsTheRunAndIsListed() throws IOException {
        try (EmbeddedTarget correct = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            assertThat(grade(correct, "before").exit()).isEqualTo(Main.CONFORMANT);
        }
        try (EmbeddedTarget target = mistaken()) {
            CliRun r = grade(target, "after", "--baseline", dir.resolve("before").toString());

            assertThat(r.exit()).isEqualTo(Main.NON_CONFORMANT);
            assertThat(r.out()).contains("new failure(s), not in the baseline", "New failures");
        }
    }

    @Test
    void anUnreadableBaselineIsAUsageError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"not\": \"a report\"}");

        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--browsers", "none", "--report",
                dir.resolve("r").toString(), "--baseline", bad.toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--baseline: ");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    private static EmbeddedTarget mistaken() {
        return EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start();
    }

    private CliRun grade(EmbeddedTarget target, String report, String... more) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), GradeCommandTests.POLICY);
        String[] base = {"grade", "--target", target.baseUrl(), "--policy", policy.toString(), "--browsers", "none",
                "--report", dir.resolve(report).toString(), "--timeout", "2s"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }
}
