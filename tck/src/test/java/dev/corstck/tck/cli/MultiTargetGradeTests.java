package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.grading.Exercises;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade} with several targets: real reference servers on loopback, one command, one report. */
@Timeout(90)
@Exercises({"kit.simulator-browser-agreement", "security.null-origin-trusted-with-credentials"})
class MultiTargetGradeTests {

    @TempDir
    Path dir;

    @Test
    void everyTargetIsInOneReportWithItsOwnVerdictsAndAnUnreachableOneIsErrorOnly() throws IOException {
        try (EmbeddedTarget correct = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
                EmbeddedTarget mistaken = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                        .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start()) {
            Path policy = Files.writeString(dir.resolve("policy.yaml"), GradeCommandTests.POLICY);
            String unreachable = "http://127.0.0.1:9";

            CliRun r = CliRun.of("grade", "--target", correct.baseUrl(), "--target", mistaken.baseUrl(), "--target",
                    unreachable, "--policy", policy.toString(), "--browsers", "none", "--timeout", "2s",
                    "--report", dir.resolve("report").toString());

            // The unreachable target could not be decided: 3 outranks the mistaken target's 1.
            assertThat(r.exit()).as(r.err()).isEqualTo(Main.KIT_ERROR);
            Map<String, TargetReport> byUrl = targets(dir.resolve("report"));
            assertThat(byUrl).containsOnlyKeys(correct.baseUrl(), mistaken.baseUrl(), unreachable);
            assertThat(byUrl.get(correct.baseUrl()).conformance().isConformant()).isTrue();
            assertThat(byUrl.get(mistaken.baseUrl()).conformance()).isEqualTo(Conformance.NON_CONFORMANT);
            assertThat(byUrl.get(mistaken.baseUrl()).findings()).anyMatch(f -> f.verdict() == Verdict.FAIL
                    && f.ruleId().equals("security.null-origin-trusted-with-credentials"));
            assertThat(byUrl.get(unreachable).conformance()).isEqualTo(Conformance.INCONCLUSIVE);
            assertThat(byUrl.get(unreachable).findings()).noneMatch(f -> f.verdict() == Verdict.FAIL);
            assertThat(dir.resolve("report").resolve("compare.html")).exists();
        }
    }

    @Test
    void targetsFileWithPerTargetPolicyExitsOneForAFailAndZeroWhenAllConform() throws IOException {
        try (EmbeddedTarget a = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
                EmbeddedTarget b = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
                EmbeddedTarget mistaken = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                        .profile(Optional.of(MistakeProfile.DUPLICATE_ACAO)).start()) {
            Files.writeString(dir.resolve("policy.yaml"), GradeCommandTests.POLICY);
            Path good = Files.writeString(dir.resolve("good.txt"), "# two correct targets\n\n" + a.baseUrl()
                    + " policy.yaml\n  " + b.baseUrl() + "   policy.yaml  # same policy\n");
            Path mixed = Files.writeString(dir.resolve("mixed.txt"), a.baseUrl() + " policy.yaml\n"
                    + mistaken.baseUrl() + " policy.yaml\n");

            CliRun ok = CliRun.of("grade", "--targets", good.toString(), "--browsers", "none", "--report",
                    dir.resolve("ok").toString());
            CliRun bad = CliRun.of("grade", "--targets", mixed.toString(), "--browsers", "none", "--report",
                    dir.resolve("bad").toString());

            assertThat(ok.exit()).as(ok.err()).isEqualTo(Main.CONFORMANT);
            assertThat(targets(dir.resolve("ok"))).containsOnlyKeys(a.baseUrl(), b.baseUrl())
                    .allSatisfy((url, t) -> assertThat(t.policy()).contains("allowedHeaders"));
            assertThat(bad.exit()).as(bad.err()).isEqualTo(Main.NON_CONFORMANT);
            Map<String, TargetReport> byUrl = targets(dir.resolve("bad"));
            assertThat(byUrl.get(a.baseUrl()).conformance().isConformant()).isTrue();
            assertThat(byUrl.get(mistaken.baseUrl()).conformance()).isEqualTo(Conformance.NON_CONFORMANT);
        }
    }

    @Test
    void withChromiumBothTargetsAreConfirmedThroughTheOneSharedHarness() throws IOException {
        try (EmbeddedTarget correct = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
                EmbeddedTarget mistaken = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                        .profile(Optional.of(MistakeProfile.NULL_ORIGIN_TRUSTED)).start()) {
            Path policy = Files.writeString(dir.resolve("policy.yaml"), GradeCommandTests.POLICY);

            CliRun r = CliRun.of("grade", "--target", correct.baseUrl(), "--target", mistaken.baseUrl(), "--policy",
                    policy.toString(), "--browsers", "chromium", "--report", dir.resolve("report").toString());

            assertThat(r.exit()).as(r.err()).isEqualTo(Main.NON_CONFORMANT);
            Map<String, TargetReport> byUrl = targets(dir.resolve("report"));
            assertThat(byUrl).containsOnlyKeys(correct.baseUrl(), mistaken.baseUrl()).allSatisfy((url, t) ->
                    assertThat(t.findings()).as(url).filteredOn(f -> f.ruleId()
                            .equals("kit.simulator-browser-agreement")).isNotEmpty()
                            .allSatisfy(f -> assertThat(f.verdict()).as(f.scenarioId()).isEqualTo(Verdict.PASS)));
            assertThat(byUrl.get(correct.baseUrl()).conformance().isConformant()).isTrue();
        }
    }

    @Test
    void badTargetsFileLinesAreUsageErrorsWithFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("targets.txt"), """
                # comment
                http://127.0.0.1:9
                ftp://127.0.0.1/
                http://127.0.0.1:9 missing.yaml

                http://127.0.0.1:9 a.yaml extra
                """);

        CliRun r = CliRun.of("grade", "--targets", file.toString(), "--browsers", "none", "--report",
                dir.resolve("report").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("3 problem(s)", "targets.txt:3: 'ftp://127.0.0.1/' is not an http or https URL",
                "targets.txt:4: the policy file missing.yaml does not exist", "targets.txt:6: expected 'URL [policy-file]'");
        assertThat(r.err()).doesNotContain("targets.txt:2:");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void noTargetAtAllIsAUsageError() {
        CliRun r = CliRun.of("grade", "--browsers", "none", "--report", dir.resolve("report").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--target URL (repeatable) or --targets FILE");
    }

    @Test
    void oneLabelForSeveralTargetsIsAUsageError() {
        CliRun r = CliRun.of("grade", "--target", "http://127.0.0.1:9", "--target", "http://127.0.0.1:10", "--label",
                "mine", "--browsers", "none", "--report", dir.resolve("report").toString());

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--label names one target");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    private static Map<String, TargetReport> targets(Path report) throws IOException {
        Report read = ReportJson.read(report.resolve("report.json"));
        return read.targets().stream().collect(Collectors.toMap(TargetReport::target, Function.identity()));
    }
}
