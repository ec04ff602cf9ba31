package dev.corstck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root causes come first in {@code index.html}: before the targets, with the fix, console line and curl. */
class RootCauseSectionTests {

    @Test
    void causesAreListedBeforeTheTargetsWithTheirFixConsoleAndCurl() throws Exception {
        Report plain = SampleReports.report(40);
        var target = plain.targets().get(0);
        var failing = target.findings().stream().filter(f -> f.verdict() == Verdict.FAIL).toList();
        var cause = RootCauses.of("any-origin-with-credentials", "Every Origin <b>is</b> reflected", failing,
                failing.get(0), "list the origins", "none: nothing is logged", target.target());

        String html = render(Report.of(plain.run(), List.of(target.withCauses(List.of(cause)))));

        int causes = html.indexOf("id=\"root-causes\"");
        assertThat(causes).isPositive().isLessThan(html.indexOf("class=\"target\""));
        assertThat(html).contains("data-cause=\"any-origin-with-credentials\"", "Fix: list the origins",
                "none: nothing is logged", "Every Origin &lt;b&gt;is&lt;/b&gt; reflected")
                .doesNotContain("Every Origin <b>is");
        assertThat(html.substring(causes)).contains("curl --include");
    }

    @Test
    void aReportWithoutCausesStillListsOnePerRule() throws Exception {
        String html = render(SampleReports.report(40));

        assertThat(html).contains("id=\"root-causes\"", "Not met: ");
    }

    private static String render(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReportWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
