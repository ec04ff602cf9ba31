package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The baseline workflow on a target with a real gap: the reference server sending Access-Control-Allow-Origin twice. */
class BaselineWorkflowTests {

    private static EmbeddedTarget target;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTarget() {
        target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(MistakeProfile.DUPLICATE_ACAO).start();
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    private EngineExecutionResults grade(Path baseline, String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine("cors-tck")
                .selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class))
                .configurationParameter("cors.tck.target", target.baseUrl())
                .configurationParameter("cors.tck.report.dir", dir.resolve("reports").toString())
                .configurationParameter("cors.tck.baseline", baseline.toString());
        for (int i = 0; i < parameters.length; i += 2) {
            kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return kit.execute();
    }

    @Test
    void knownFailuresAbortNewOnesFailAndAFixedEntryIsReported() throws IOException {
        Path baseline = Files.writeString(dir.resolve("cors-baseline.txt"), """
                # Our proxy adds a second Access-Control-Allow-Origin (ticket OPS-12)
                cors-check.acao-single  *  wire  # proxy duplicates ACAO
                seed.credentials-need-exact-origin  *  *  # same cause
                policy.declared-origin-allowed  *  simulator  # same cause
                preflight.status-ok  api-data.allowed.http-localhost-3000.get-authorization.include  wire  # 405, fixed since
                """);

        EngineExecutionResults results = grade(baseline);

        assertThat(CorsConformanceEngineTests.failedRules(results)).containsExactly("preflight.cors-check");
        results.testEvents().assertThatEvents().haveAtLeast(1, abortedWithReason(message(m -> m.startsWith(
                "known failure (baseline line 2): proxy duplicates ACAO | cors-check.acao-single: "))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("baseline"), abortedWithReason(message(m ->
                m.startsWith("1 baseline entry no longer fails (fixed): remove it, or rewrite the file with "
                        + "-Dcors.tck.baseline.update=true\n  " + baseline + ":5: preflight.status-ok  "
                        + "api-data.allowed.http-localhost-3000.get-authorization.include  wire  # 405, fixed since")))));

        EngineExecutionResults strict = grade(baseline, "cors.tck.baseline.strict", "true", "cors.tck.rules",
                "preflight.status-ok");

        strict.testEvents().assertThatEvents().haveExactly(1, event(test("baseline"), finishedWithFailure(
                message(m -> m.contains("preflight.status-ok")))));
    }

    @Test
    void updateModeRecordsEveryFailureAndTheNextRunIsGreen() throws IOException {
        Path baseline = dir.resolve("new/cors-baseline.txt");

        EngineExecutionResults recording = grade(baseline, "cors.tck.baseline.update", "true");

        recording.allEvents().assertStatistics(s -> s.failed(0));
        recording.testEvents().assertThatEvents().haveAtLeast(20, abortedWithReason(message(m -> m.startsWith(
                "recorded in the baseline (cors.tck.baseline.update=true): "))));
        assertThat(Files.readAllLines(baseline)).filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
                .hasSize((int) recording.testEvents().aborted().count())
                .allMatch(l -> l.matches("[a-z.-]+  [a-z0-9.-]+  (wire|simulator)  # recorded \\d{4}-\\d\\d-\\d\\d: .+"));

        EngineExecutionResults next = grade(baseline);

        next.allEvents().assertStatistics(s -> s.failed(0));
        assertThat(next.testEvents().aborted().count()).isEqualTo(recording.testEvents().aborted().count());
        next.testEvents().assertThatEvents().haveExactly(1, event(test("baseline"), org.junit.platform.testkit.engine
                .EventConditions.finishedSuccessfully()));
    }
}
