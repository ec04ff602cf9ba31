package dev.corstck.reports.html;

import dev.corstck.reports.html.view.ComparePage;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Write {@code compare.html}: several targets side by side (e.g. one policy on Express, Spring, Jetty), targets as
 * columns, rules as rows, each cell the worst verdict of that rule on that target over all engines.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComparisonHtmlWriter {

    private ComparisonHtmlWriter() {
    }

    /** Write the comparison page for {@code report} to {@code out} as UTF-8; the stream is left open. */
    public static void write(Report report, OutputStream out) throws IOException {
        List<TargetReport> targets = report.targets();
        Matrices.Tally tally = new Matrices.Tally();
        for (int i = 0; i < targets.size(); i++) {
            String column = Integer.toString(i);
            targets.get(i).forEachText(f -> tally.add(f, column));
        }
        List<String> columns = IntStream.range(0, targets.size()).mapToObj(Integer::toString).toList();
        ComparePage page = new ComparePage("CORS conformance comparison", Views.run(report.run()),
                IntStream.range(0, targets.size()).mapToObj(i -> Views.target(i, targets.get(i))).toList(),
                tally.rows(columns), Asset.REPORT_CSS, Asset.COMPARE_JS);
        Templates.render("compare.jte", page, out);
    }
}
