package dev.corstck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Report;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Check the raw HTML text: attacker-controlled values never appear as markup, and the page data parses back. */
class HtmlEscapingTests {

    private static final Report HOSTILE = SampleReports.hostile(20);

    @Test
    void hostileValuesNeverAppearAsMarkupInThePage() throws Exception {
        String html = render(HOSTILE);

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload", "<iframe>", "<b>bold");
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script>")).isEqualTo(2);
        assertThat(html).contains("Evil &lt;script&gt;alert(3)&lt;/script&gt; &amp; co");
    }

    @Test
    void pageDataParsesBackToTheSameValues() throws Exception {
        String html = render(HOSTILE);
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(data.find()).isTrue();

        JsonNode json = new ObjectMapper().readTree(data.group(1));

        JsonNode last = json.path("findings").path(json.path("findings").size() - 1);
        assertThat(json.path("scenarios").path(last.path(5).asInt()).path(0).asText())
                .isEqualTo("evil-</script>-scenario");
        assertThat(last.path(7).asText()).isEqualTo("got \u0001\u001b[31m control chars and ]]> and </script><!--");
        JsonNode evidence = json.path("evidence").path(last.path(9).asInt());
        JsonNode exchange = json.path("exchanges").path(evidence.path("exchanges").path(0).asInt());
        assertThat(exchange.path("response").path("headers").path(1).path("value").asText())
                .isEqualTo(SampleReports.SCRIPT_PAYLOAD);
        assertThat(json.path("steps").path(evidence.path("explanation").path(0).asInt()).path("text").asText())
                .isEqualTo("step <b>x</b>");
        assertThat(data.group(1)).doesNotContain("\u2028");
    }

    @Test
    void comparisonPageEscapesTargetLabels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonHtmlWriter.write(Report.of(SampleReports.run(true), java.util.List.of(
                HOSTILE.targets().get(0), SampleReports.target("http://127.0.0.1:2", "B", 10, 1))), out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert").contains("Evil &lt;script&gt;alert(3)");
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void incompleteRunSaysSoAndClaimsNothing() throws Exception {
        Report passing = Report.of(SampleReports.run(false), java.util.List.of(new dev.corstck.reports.model.TargetReport(
                "http://t", "T", "", false, java.util.List.of(SampleReports.finding(SampleReports.RULES.get(0),
                dev.corstck.reports.model.Engine.WIRE, "s", dev.corstck.reports.model.Verdict.PASS)),
                java.util.List.of())));

        String html = render(passing);

        assertThat(html).contains("<strong>Incomplete run.</strong>", "data-conformance=\"inconclusive\"",
                "The run did not complete.");
    }

    private static String render(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReportWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
