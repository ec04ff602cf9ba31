package dev.corstck.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reports.SampleReports;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTests {

    @Test
    void skippedAndErrorNeedAReason() {
        FindingBuilder builder = Finding.builder().rule("a.b", "t", Level.MUST, SpecLinks.fetch("cors-check"))
                .scenario("s1", "").engine(Engine.WEBKIT);

        assertThatThrownBy(() -> builder.verdict(Verdict.SKIPPED).build())
                .hasMessage("a SKIPPED finding needs a reason (rule a.b)");
        assertThatThrownBy(() -> builder.verdict(Verdict.ERROR).reason(" ").build())
                .hasMessage("a ERROR finding needs a reason (rule a.b)");
        assertThat(builder.skipped("webkit has no host mapping").build().reason())
                .isEqualTo("webkit has no host mapping");
    }

    @Test
    void builderNamesTheMissingPart() {
        assertThatThrownBy(() -> Finding.builder().rule("a", "t", Level.MUST, "").engine(Engine.WIRE)
                .verdict(Verdict.PASS).build()).hasMessage("scenario(...) must be set");
    }

    @Test
    void ruleGroupIsTheIdWithoutItsLastSegment() {
        assertThat(SampleReports.finding(SampleReports.RULES.get(6), Engine.WIRE, "s", Verdict.PASS).ruleGroup())
                .isEqualTo("preflight.acam");
    }

    @Test
    void specLinksPointAtTheLivingStandard() {
        assertThat(SpecLinks.fetch("fetch#cors-check")).isEqualTo("https://fetch.spec.whatwg.org/#cors-check");
        assertThat(SpecLinks.fetch("#cors-check")).isEqualTo("https://fetch.spec.whatwg.org/#cors-check");
        assertThat(SpecLinks.fetch("cors-check")).isEqualTo("https://fetch.spec.whatwg.org/#cors-check");
    }

    @Test
    void summaryCountsPerVerdictLevelAndEngine() {
        List<Finding> findings = List.of(
                SampleReports.finding(SampleReports.RULES.get(0), Engine.WIRE, "s1", Verdict.FAIL),
                SampleReports.finding(SampleReports.RULES.get(9), Engine.CHROMIUM, "s1", Verdict.WARN),
                SampleReports.finding(SampleReports.RULES.get(0), Engine.CHROMIUM, "s2", Verdict.PASS));

        Summary summary = Summary.of(findings);

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.byVerdict()).containsEntry(Verdict.FAIL, 1).containsEntry(Verdict.ERROR, 0);
        assertThat(summary.count(Level.SHOULD, Verdict.WARN)).isEqualTo(1);
        assertThat(summary.byEngine()).containsOnlyKeys("wire", "chromium");
        assertThat(summary.byEngine().get("chromium")).containsAllEntriesOf(Map.of(Verdict.PASS, 1, Verdict.WARN, 1));
    }

    @Test
    void bodyExcerptNeverSplitsACharacterAndSaysItWasCut() {
        byte[] bytes = "ab\u00e9cd".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Body body = Body.of(bytes, 3);

        assertThat(body.excerpt()).isEqualTo("ab");
        assertThat(body.truncated()).isTrue();
        assertThat(body.totalBytes()).isEqualTo(6);
        assertThat(Body.of(new byte[] {'o', 'k', (byte) 0xff}).excerpt()).isEqualTo("ok\\xFF");
    }

    @Test
    void reportRefusesTheSameTargetTwice() {
        TargetReport target = SampleReports.target("http://t", "", 1, 1);

        assertThatThrownBy(() -> Report.of(SampleReports.run(true), List.of(target, target)))
                .hasMessage("target 'http://t' appears twice in one report");
    }
}
