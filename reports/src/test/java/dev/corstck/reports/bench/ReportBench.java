package dev.corstck.reports.bench;

import com.microsoft.playwright.Page;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.html.HeadlessChromium;
import dev.corstck.reports.html.HtmlReportWriter;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.junitxml.JUnitXmlWriter;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.writer.ReportWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measure report writing and the HTML page in headless Chromium for a large report (run by tools/bench-reports).
 *
 * <p>Arguments: findings (default 10000), output directory, rounds (default 5). Prints medians; the first rounds
 * warm the JIT and are not counted.
 */
public final class ReportBench {

    private static final String NAVIGATION = "(() => { const n = performance.getEntriesByType('navigation')[0];"
            + " const p = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));"
            + " const r = performance.getEntriesByName('cors-tck-ready')[0];"
            + " return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fp: p['first-paint'] || -1,"
            + " fcp: p['first-contentful-paint'] || -1, ready: r ? r.startTime : -1 }; })()";
    private static final String FILTER = "(() => { const s = document.getElementById('f-verdict');"
            + " const t = performance.now(); s.value = 'FAIL'; s.dispatchEvent(new Event('change'));"
            + " document.body.offsetHeight; const d = performance.now() - t;"
            + " s.value = ''; s.dispatchEvent(new Event('change')); return d; })()";

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = Path.of(args.length > 1 ? args[1] : "reports/target/bench").toAbsolutePath();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Report report = SampleReports.report(findings);
        System.out.printf(Locale.ROOT, "cors-tck report benchmark: %,d findings, %d rounds (medians), Java %s%n%n",
                report.findingCount(), rounds, Runtime.version());
        writeTimes(report, out, rounds);
        sizes(out);
        browser(out.resolve("index.html"), rounds);
    }

    private static void writeTimes(Report report, Path out, int rounds) throws Exception {
        Map<String, Writer> writers = Map.of(
                "report.json", o -> ReportJson.write(report, o),
                "junit.xml", o -> JUnitXmlWriter.write(report, o),
                "index.html", o -> HtmlReportWriter.write(report, o));
        for (String name : List.of("report.json", "junit.xml", "index.html")) {
            double[] ms = time(rounds, () -> writers.get(name).write(OutputStream.nullOutputStream()));
            System.out.printf(Locale.ROOT, "render %-12s %8.1f ms%n", name, median(ms));
        }
        double[] all = time(rounds, () -> ReportWriter.allFormats().write(out, report));
        System.out.printf(Locale.ROOT, "write directory   %8.1f ms  (all formats, atomic, to %s)%n%n", median(all),
                out);
    }

    private static void sizes(Path out) throws Exception {
        for (String name : List.of("report.json", "junit.xml", "index.html")) {
            System.out.printf(Locale.ROOT, "size %-12s %8.2f MB%n", name, Files.size(out.resolve(name)) / 1e6);
        }
        System.out.println();
    }

    private static void browser(Path page, int rounds) {
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            System.out.println("Chromium " + chromium.version() + ", headless, page loaded from file://");
            List<double[]> samples = new ArrayList<>();
            for (int round = 0; round < rounds + 1; round++) {
                try (var visit = chromium.visit(page)) {
                    Page p = visit.page();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> nav = (Map<String, Object>) p.evaluate(NAVIGATION);
                    double filter = ((Number) p.evaluate(FILTER)).doubleValue();
                    long start = System.nanoTime();
                    p.locator("#list details.finding summary").first().click();
                    p.locator("#list .detail").first().waitFor();
                    double open = (System.nanoTime() - start) / 1e6;
                    if (round > 0) {
                        samples.add(new double[] {num(nav, "fp"), num(nav, "fcp"), num(nav, "dcl"), num(nav, "load"),
                                num(nav, "ready"), filter, open});
                    }
                    if (!visit.consoleErrors.isEmpty()) {
                        throw new IllegalStateException("console errors: " + visit.consoleErrors);
                    }
                }
            }
            String[] names = {"first paint", "first contentful paint", "DOMContentLoaded", "load event",
                "interactive (list rendered, handlers bound)", "filter to FAIL (in-page)",
                "open one finding (click to details, from Java)"};
            for (int i = 0; i < names.length; i++) {
                final int column = i;
                System.out.printf(Locale.ROOT, "%-48s %8.1f ms%n", names[i],
                        median(samples.stream().mapToDouble(s -> s[column]).toArray()));
            }
        }
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static double[] time(int rounds, Task task) throws Exception {
        task.run(); // warm-up
        task.run();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws Exception;
    }
}
