package dev.corstck.reports.html;

import dev.corstck.reports.badge.Badge;
import dev.corstck.reports.badge.BadgeSvg;
import dev.corstck.reports.html.view.CertificationEngineView;
import dev.corstck.reports.html.view.CertificationPage;
import dev.corstck.reports.html.view.CertificationRowView;
import dev.corstck.reports.html.view.MatrixCell;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Write a certification matrix page: one row group per certified configuration, one row per engine in it, and per
 * rule family (the first segment of a rule ID, {@code preflight}, {@code cors-check} …) the worst verdict, each cell
 * linking to that configuration's own report. Self-contained like {@code index.html}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CertificationHtmlWriter {

    private CertificationHtmlWriter() {
    }

    /**
     * One certified configuration.
     *
     * @param name       its stable name, {@code express-cors/documented}
     * @param title      its display title
     * @param ecosystem  e.g. {@code node}
     * @param version    the pinned versions, CORS layer first
     * @param expected   the verdict its folder expects, e.g. {@code conformant}
     * @param reportHref the relative link to its full report ({@code express-cors/documented/index.html})
     * @param problem    why it could not be graded (build or start failed), empty when it was
     * @param engines    one column per engine, in the run's order
     */
    public record Row(String name, String title, String ecosystem, String version, String expected,
                      String reportHref, String problem, List<EngineColumn> engines) {
        public Row {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(problem, "problem must not be null");
            engines = List.copyOf(engines);
        }
    }

    /**
     * What one engine made of a configuration.
     *
     * @param engine  the engine's id ({@code chromium}, or {@code wire} for a run without browsers)
     * @param view    the findings this engine's verdict rests on (the wire and simulator ones, and its own)
     * @param verdict the verdict shown, e.g. {@code non-conformant}
     * @param matched whether it equals the expected verdict
     */
    public record EngineColumn(String engine, TargetReport view, String verdict, boolean matched) {
        public EngineColumn {
            Objects.requireNonNull(engine, "engine must not be null");
            Objects.requireNonNull(view, "view must not be null");
            Objects.requireNonNull(verdict, "verdict must not be null");
        }
    }

    /** Write the matrix page for {@code rows} of {@code run} to {@code out} as UTF-8; the stream is left open. */
    public static void write(String title, RunInfo run, List<Row> rows, OutputStream out) throws IOException {
        List<String> families = families(rows);
        List<CertificationRowView> views = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<CertificationEngineView> engines = new ArrayList<>();
            for (EngineColumn column : row.engines()) {
                engines.add(engine(i, row, column, families));
            }
            views.add(new CertificationRowView(row.name(), row.title(), row.ecosystem(), row.version(),
                    row.expected(), row.reportHref(), row.problem(), engines));
        }
        long matched = rows.stream().filter(r -> r.engines().stream().allMatch(EngineColumn::matched)).count();
        Templates.render("certification.jte", new CertificationPage(title, Views.run(run), families, views,
                (int) matched, Asset.REPORT_CSS), out);
    }

    private static CertificationEngineView engine(int index, Row row, EngineColumn column, List<String> families) {
        TargetReport view = column.view();
        Conformance conformance = view.conformance();
        Badge badge = Badge.of(view);
        String svg = BadgeSvg.inline(new Badge(column.engine(), badge.message(), badge.color()),
                "b" + index + "-" + column.engine());
        String agreement = view.agreement().stream().map(a -> a.agreed() + "/" + a.scenarios())
                .collect(Collectors.joining(", "));
        boolean full = view.agreement().stream().allMatch(EngineAgreement::isFullAgreement);
        List<MatrixCell> cells = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (String family : families) {
            MatrixCell cell = cell(family, view.findings());
            cells.add(cell);
            boolean problem = cell.verdict().equals("FAIL") || cell.verdict().equals("ERROR")
                    || cell.verdict().equals("WARN");
            links.add(row.reportHref() + "#text=" + encode(family + ".") + (problem ? "&verdict=problems" : ""));
        }
        return new CertificationEngineView(column.engine(), column.verdict(), Views.css(conformance),
                column.matched(), new SvgMarkup(svg), agreement.isEmpty() ? "\u2013" : agreement, full, cells,
                links);
    }

    private static MatrixCell cell(String family, List<Finding> findings) {
        EnumMap<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        findings.stream().filter(f -> family(f).equals(family)).forEach(f -> counts.merge(f.verdict(), 1,
                Integer::sum));
        return Matrices.cell(family, counts);
    }

    /** The rule families in the order they first appear. */
    private static List<String> families(List<Row> rows) {
        Set<String> families = new LinkedHashSet<>();
        rows.forEach(r -> r.engines().forEach(e -> e.view().findings().forEach(f -> families.add(family(f)))));
        return List.copyOf(families);
    }

    private static String family(Finding finding) {
        String id = finding.ruleId();
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
