package dev.corstck.reports.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.text.DiffText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDiffTests {

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of("PASS to FAIL is a new failure", Optional.of(Verdict.PASS), Optional.of(Verdict.FAIL),
                        Optional.of(ChangeKind.NEW_FAILURE)),
                Arguments.of("absent to FAIL is a new failure", Optional.empty(), Optional.of(Verdict.FAIL),
                        Optional.of(ChangeKind.NEW_FAILURE)),
                Arguments.of("FAIL to PASS is fixed", Optional.of(Verdict.FAIL), Optional.of(Verdict.PASS),
                        Optional.of(ChangeKind.FIXED)),
                Arguments.of("FAIL to ERROR is fixed, not hidden", Optional.of(Verdict.FAIL),
                        Optional.of(Verdict.ERROR), Optional.of(ChangeKind.FIXED)),
                Arguments.of("PASS to ERROR is changed", Optional.of(Verdict.PASS), Optional.of(Verdict.ERROR),
                        Optional.of(ChangeKind.CHANGED)),
                Arguments.of("absent to PASS is added", Optional.empty(), Optional.of(Verdict.PASS),
                        Optional.of(ChangeKind.ADDED)),
                Arguments.of("FAIL to absent is removed", Optional.of(Verdict.FAIL), Optional.empty(),
                        Optional.of(ChangeKind.REMOVED)),
                Arguments.of("FAIL stays FAIL: unchanged", Optional.of(Verdict.FAIL), Optional.of(Verdict.FAIL),
                        Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitions")
    void classifiesEachTransition(String name, Optional<Verdict> before, Optional<Verdict> after,
                                  Optional<ChangeKind> expected) {
        ReportDiff diff = ReportDiff.compare(report("http://127.0.0.1:1", before), report("http://127.0.0.1:1", after));

        assertThat(diff.changes().stream().map(Change::kind).findFirst()).isEqualTo(expected);
        assertThat(diff.unchanged()).isEqualTo(expected.isEmpty() ? 2 : 1);
        assertThat(diff.hasNewFailures()).isEqualTo(expected.equals(Optional.of(ChangeKind.NEW_FAILURE)));
    }

    @Test
    void singleTargetsMatchEvenWhenTheEmbeddedServerGotANewPort() {
        ReportDiff diff = ReportDiff.compare(report("http://127.0.0.1:40001", Optional.of(Verdict.PASS)),
                report("http://127.0.0.1:40002", Optional.of(Verdict.PASS)));

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(2);
    }

    @Test
    void textAndMarkdownListNewFailuresFirst() {
        ReportDiff diff = ReportDiff.compare(report("http://t", Optional.of(Verdict.PASS)),
                report("http://t", Optional.of(Verdict.FAIL)));

        assertThat(DiffText.plain(diff)).contains("1 new failure, 0 fixed, 0 changed, 0 added, 0 removed, 1 unchanged.")
                .contains("New failures (1)\n  PASS -> FAIL      cors-check.acao.present  s1 [chromium]  T | x\n"
                        + "      actual: Access-Control-Allow-Origin absent\n");
        assertThat(DiffText.markdown(diff)).startsWith("### cors-tck diff\n\n**Regression:** 1 new failure")
                .contains("| PASS → FAIL | `cors-check.acao.present` | `s1` | chromium | T \\| x |");
    }

    /** A report with a fixed PASS finding plus, when present, one finding for rule 0, scenario s1, chromium. */
    private static Report report(String url, Optional<Verdict> verdict) {
        List<Finding> findings = new ArrayList<>();
        findings.add(SampleReports.finding(SampleReports.RULES.get(2), Engine.WIRE, "s0", Verdict.PASS));
        verdict.ifPresent(v -> findings.add(SampleReports.finding(SampleReports.RULES.get(0), Engine.CHROMIUM, "s1",
                v)));
        return Report.of(SampleReports.run(true), List.of(new TargetReport(url, "T | x", "", true, findings,
                List.of())));
    }
}
