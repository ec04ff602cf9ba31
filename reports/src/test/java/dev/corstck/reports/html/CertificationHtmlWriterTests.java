package dev.corstck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certification matrix page: one row group per configuration, family cells linking into its report. */
class CertificationHtmlWriterTests {

    private static final SampleReports.Rule PREFLIGHT = SampleReports.RULES.get(5);
    private static final SampleReports.Rule CORS_CHECK = SampleReports.RULES.get(0);

    @Test
    void cellsShowTheWorstVerdictOfEachRuleFamilyAndLinkIntoTheReport() throws Exception {
        // GIVEN a configuration whose preflight family fails in chromium and passes in firefox
        TargetReport chromium = view(Engine.CHROMIUM, Verdict.FAIL, 40);
        TargetReport firefox = view(Engine.FIREFOX, Verdict.PASS, 39);
        CertificationHtmlWriter.Row row = new CertificationHtmlWriter.Row("express-cors/documented",
                "express + cors: global", "node", "cors 2.8.5", "conformant",
                "express-cors/documented/index.html", "", List.of(
                        new CertificationHtmlWriter.EngineColumn("chromium", chromium, "non-conformant", false),
                        new CertificationHtmlWriter.EngineColumn("firefox", firefox, "conformant", true)));

        // WHEN the page is rendered
        String html = render(List.of(row));

        // THEN
        assertThat(html).contains("<th scope=\"col\">cors-check</th>", "<th scope=\"col\">preflight</th>")
                .contains("href=\"express-cors/documented/index.html#text=preflight.&amp;verdict=problems\"")
                .contains("href=\"express-cors/documented/index.html#text=cors-check.\"")
                .contains("non-conformant", "class=\"verdict mismatch\"", "39/40")
                .contains("1 configurations; 0 got the verdict their folder expects");
        assertThat(html).contains("aria-label=\"chromium: non-conformant");
    }

    @Test
    void aConfigurationThatWasNotGradedShowsWhyAndLinksToItsLog() throws Exception {
        CertificationHtmlWriter.Row row = new CertificationHtmlWriter.Row("nginx/documented", "nginx", "web-server",
                "nginx 1.22", "conformant", "nginx/documented/server.log", "GET /health did not answer", List.of());

        String html = render(List.of(row));

        assertThat(html).contains("GET /health did not answer", "href=\"nginx/documented/server.log\"");
    }

    @Test
    void titlesAndVersionsNeverBecomeMarkup() throws Exception {
        CertificationHtmlWriter.Row row = new CertificationHtmlWriter.Row("x/y", SampleReports.SCRIPT_PAYLOAD, "node",
                "<img src=x onerror=alert(1)>", "conformant", "x/y/index.html", "<b>bold</b>", List.of(
                        new CertificationHtmlWriter.EngineColumn("chromium", view(Engine.CHROMIUM, Verdict.PASS, 1),
                                "conformant", true)));

        String html = render(List.of(row));

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>bold").contains("&lt;script&gt;");
        assertThat(html).doesNotContain("<script");
    }

    private static TargetReport view(Engine engine, Verdict preflight, int agreed) {
        List<Finding> findings = List.of(SampleReports.finding(CORS_CHECK, Engine.WIRE, "s1", Verdict.PASS),
                SampleReports.finding(PREFLIGHT, engine, "s1", preflight),
                SampleReports.finding(PREFLIGHT, engine, "s2", Verdict.PASS));
        return new TargetReport("http://127.0.0.1:1", "t", "", true, findings,
                List.of(new EngineAgreement(engine, 40, agreed, List.of())));
    }

    private static String render(List<CertificationHtmlWriter.Row> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificationHtmlWriter.write("CORS certification matrix", SampleReports.run(true), rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
