package dev.corstck.reports.html;

import dev.corstck.reports.html.view.IndexPage;
import dev.corstck.reports.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Write {@code index.html}: one self-contained page (no external fonts, scripts or images) with the headline, a
 * rules × engines matrix per target, client-side filters, and each finding's evidence built when opened.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    /** Write the page for {@code report} to {@code out} as UTF-8; the stream is left open. */
    public static void write(Report report, OutputStream out) throws IOException {
        var targets = IntStream.range(0, report.targets().size())
                .mapToObj(i -> Views.target(i, report.targets().get(i))).toList();
        var engines = java.util.List.copyOf(report.summary().byEngine().keySet()); // engines with findings, in order
        String title = "CORS conformance: " + report.conformance().label();
        IndexPage page = new IndexPage(title, Views.run(report.run()), Views.headline(report), targets, engines,
                report.findingCount(), PageData.of(report), Asset.REPORT_CSS, Asset.REPORT_JS, Views.causes(report));
        Templates.render("index.jte", page, out);
    }
}
