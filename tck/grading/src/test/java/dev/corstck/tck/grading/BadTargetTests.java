package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets that cannot be graded: nothing listening, a server that never answers, one that speaks something else.
 * Each gives ERROR findings with the reason, in bounded time (the test's timeout is the bound), and never a FAIL.
 */
@Timeout(60)
class BadTargetTests {

    @Test
    void unreachableTargetGivesErrorsWithTheReason() throws Exception {
        TargetReport report = grade(RawSocketTarget.refusedUrl(), Duration.ofSeconds(2), Duration.ofMinutes(1));

        assertOnlyErrors(report, "connection refused");
    }

    @Test
    void hangingTargetGivesTimeoutErrors() throws Exception {
        try (RawSocketTarget target = new RawSocketTarget(RawSocketTarget.Behaviour.HANG)) {
            TargetReport report = grade(target.url(), Duration.ofMillis(300), Duration.ofMinutes(1));

            assertOnlyErrors(report, "timed out");
        }
    }

    @Test
    void garbageSpeakingTargetGivesMalformedResponseErrors() throws Exception {
        try (RawSocketTarget target = new RawSocketTarget(RawSocketTarget.Behaviour.GARBAGE)) {
            TargetReport report = grade(target.url(), Duration.ofSeconds(2), Duration.ofMinutes(1));

            assertOnlyErrors(report, "malformed response");
        }
    }

    @Test
    void runDeadlineKeepsWhatWasGatheredInAnIncompleteReport(@TempDir Path dir) throws Exception {
        try (RawSocketTarget target = new RawSocketTarget(RawSocketTarget.Behaviour.HANG)) {
            GradeRequest request = GradingFixtures.wireOnly(target.url()).requestTimeout(Duration.ofMillis(400))
                    .runTimeout(Duration.ofSeconds(1)).parallelism(2).build();

            Report report = ReportedGrading.run(dir, List.of("test"), List.of(request), Grader.create(), false,
                    new PrintStream(OutputStream.nullOutputStream()));

            assertThat(report.run().complete()).isFalse();
            assertThat(report.targets().get(0).complete()).isFalse();
            // The run is cut in time for the final write (issue 15): what was gathered by then, never a FAIL.
            assertThat(report.targets().get(0).findings()).noneMatch(f -> f.verdict() == Verdict.FAIL);
            assertThat(Files.readString(dir.resolve("report.json")).contains("\"complete\":false"))
                    .as("report.json marked incomplete").isTrue();
            assertThat(ReportedGrading.exitCode(report)).isEqualTo(ReportedGrading.INCONCLUSIVE);
        }
    }

    private static TargetReport grade(String url, Duration requestTimeout, Duration runTimeout) {
        GradeRequest request = GradingFixtures.wireOnly(url).requestTimeout(requestTimeout).runTimeout(runTimeout)
                .parallelism(16).build();
        return Grader.create().grade(request, GradingListener.NONE);
    }

    private static void assertOnlyErrors(TargetReport report, String reason) {
        assertThat(report.findings()).isNotEmpty().allMatch(f -> f.verdict() == Verdict.ERROR);
        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly(KitRules.TARGET_REACHABLE.id());
        assertThat(report.findings()).extracting(Finding::reason).allMatch(r -> r.contains(reason), reason);
    }
}
