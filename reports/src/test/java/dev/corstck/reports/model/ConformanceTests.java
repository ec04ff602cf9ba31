package dev.corstck.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConformanceTests {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all pass", List.of(Verdict.PASS, Verdict.INFO), true, Conformance.CONFORMANT),
                Arguments.of("one fail", List.of(Verdict.PASS, Verdict.FAIL), true, Conformance.NON_CONFORMANT),
                Arguments.of("fail in incomplete run", List.of(Verdict.FAIL), false, Conformance.NON_CONFORMANT),
                Arguments.of("pass in incomplete run", List.of(Verdict.PASS), false, Conformance.INCONCLUSIVE),
                Arguments.of("error without fail", List.of(Verdict.PASS, Verdict.ERROR), true,
                        Conformance.INCONCLUSIVE),
                Arguments.of("everything skipped", List.of(Verdict.SKIPPED, Verdict.INFO), true,
                        Conformance.INCONCLUSIVE),
                Arguments.of("no findings", List.of(), true, Conformance.INCONCLUSIVE),
                Arguments.of("warnings", List.of(Verdict.PASS, Verdict.WARN, Verdict.SKIPPED), true,
                        Conformance.CONFORMANT_WITH_WARNINGS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conformanceFollowsTheWorstVerdictAndCompleteness(String name, List<Verdict> verdicts, boolean complete,
                                                          Conformance expected) {
        List<Finding> findings = verdicts.stream().map(v -> SampleReports.finding(SampleReports.RULES.get(1),
                Engine.CHROMIUM, "s-" + v, v)).toList();
        TargetReport target = new TargetReport("http://t", "", "", complete, findings, List.of());

        assertThat(target.conformance()).isEqualTo(expected);
        assertThat(Report.of(SampleReports.run(complete), List.of(target)).conformance()).isEqualTo(expected);
    }
}
