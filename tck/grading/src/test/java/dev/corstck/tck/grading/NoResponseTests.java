package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.probe.ProbeFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The typed reason a scenario has no response reaches the ERROR finding by kind, and decides completeness by type. */
class NoResponseTests {

    @Test
    void refusedConnectionIsReportedByKindAndLeavesTheReportComplete() throws Exception {
        TargetReport report = grade(RawSocketTarget.refusedUrl(), Duration.ofSeconds(2));

        assertThat(report.findings()).isNotEmpty().extracting(Finding::actual)
                .allMatch(a -> a.startsWith("none (refused): connection refused"));
        assertThat(report.complete()).isTrue();
    }

    @Test
    void hangingTargetIsReportedAsTimeoutWithoutCuttingTheRunShort() throws Exception {
        try (RawSocketTarget target = new RawSocketTarget(RawSocketTarget.Behaviour.HANG)) {
            TargetReport report = grade(target.url(), Duration.ofMillis(300));

            assertThat(report.findings()).isNotEmpty().extracting(Finding::actual)
                    .allMatch(a -> a.startsWith("none (timeout): timed out during response"));
            assertThat(report.complete()).isTrue();
        }
    }

    @Test
    void onlyTheRunsOwnDeadlineOrAnInterruptCutsTheRunShort() {
        assertThat(new NoResponse.Probe(new ProbeFailure.Timeout(ProbeFailure.Phase.RUN_DEADLINE, Duration.ZERO))
                .cutsRunShort()).isTrue();
        assertThat(new NoResponse.Probe(new ProbeFailure.Timeout(ProbeFailure.Phase.RESPONSE, Duration.ZERO))
                .cutsRunShort()).isFalse();
        assertThat(new NoResponse.DeadlinePassed("not sent").cutsRunShort()).isTrue();
        assertThat(new NoResponse.Interrupted("interrupted").cutsRunShort()).isTrue();
        assertThat(new NoResponse.Other("the run deadline is mentioned here").cutsRunShort()).isFalse();
        assertThat(new NoResponse.Probe(new ProbeFailure.ClosedEarly("x")).kind()).isEqualTo("closed early");
    }

    private static TargetReport grade(String url, Duration requestTimeout) {
        GradeRequest request = GradingFixtures.wireOnly(url).requestTimeout(requestTimeout)
                .runTimeout(Duration.ofMinutes(1)).parallelism(16).build();
        return Grader.create().grade(request, GradingListener.NONE);
    }
}
