package dev.corstck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.writer.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Check index.html and compare.html in real headless Chromium, loaded from file:// as a CI artifact would be. */
class HtmlReportBrowserTests {

    private static final Path OUT = Paths.get("target", "browser-report").toAbsolutePath();
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots").toAbsolutePath();
    private static final Report REPORT = SampleReports.report(300);
    private static HeadlessChromium chromium;

    @BeforeAll
    static void writeReportsAndStartChromium() throws Exception {
        ReportWriter.allFormats().write(OUT.resolve("single"), REPORT);
        ReportWriter.allFormats().write(OUT.resolve("hostile"), SampleReports.hostile(40));
        ReportWriter.allFormats().write(OUT.resolve("compare"),
                SampleReports.comparison(List.of("Express cors", "Spring", "Jetty", "Vert.x"), 170));
        Files.createDirectories(SCREENSHOTS);
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void pageLoadsFromFileWithNoConsoleErrorAndNoRequestOutsideTheFile() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            visit.page().screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("index.png"))
                    .setFullPage(true));

            assertThat(visit.consoleErrors).isEmpty();
            assertThat(visit.requests).allSatisfy(url -> assertThat(url).endsWith("/single/index.html"));
            assertThat(visit.dialogs).isEmpty();
        }
    }

    @Test
    void headlineShowsConformanceAndCountsOfTheReport() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            Page page = visit.page();

            assertThat(page.textContent("#headline-verdict").trim()).isEqualTo("non-conformant");
            for (Verdict verdict : Verdict.values()) {
                assertThat(page.getAttribute("#verdict-counts [data-verdict=" + verdict + "]", "data-count"))
                        .as(verdict.name()).isEqualTo(Integer.toString(REPORT.summary().count(verdict)));
            }
            assertThat(page.locator("table.matrix tbody tr").count()).isEqualTo(SampleReports.RULES.size());
            assertThat(page.textContent("#count")).isEqualTo("300 findings");
            assertThat(page.locator("#list details.finding").count()).isEqualTo(50);
        }
    }

    @Test
    void filtersNarrowTheListToMatchingFindings() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            Page page = visit.page();

            page.selectOption("#f-verdict", "FAIL");
            assertShown(page, f -> f.verdict() == Verdict.FAIL);
            assertThat(page.locator("#list details.finding[data-verdict=FAIL]").count())
                    .isEqualTo(page.locator("#list details.finding").count());

            page.selectOption("#f-level", "SECURITY");
            assertShown(page, f -> f.verdict() == Verdict.FAIL && f.level() == Level.SECURITY);

            page.selectOption("#f-engine", "firefox");
            assertShown(page, f -> f.verdict() == Verdict.FAIL && f.level() == Level.SECURITY
                    && f.engine() == Engine.FIREFOX);

            page.click("#f-reset");
            page.fill("#f-text", "acah.authorization");
            page.waitForSelector("#count:has-text('match')");
            assertShown(page, f -> f.ruleId().contains("acah.authorization"));
        }
    }

    @Test
    void matrixCellListsThatRuleInThatEngine() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            Page page = visit.page();

            page.click("button.cell-button[data-rule='vary.origin'][data-engine='webkit']");

            assertShown(page, f -> f.ruleId().equals("vary.origin") && f.engine() == Engine.WEBKIT);
            assertThat(page.textContent("#f-rule-name")).isEqualTo("rule: vary.origin");
            page.click("#f-rule-clear");
            assertShown(page, f -> f.engine() == Engine.WEBKIT);
        }
    }

    @Test
    void openedFindingShowsExpectedActualWhyWireLogConsoleAndCurl() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            Page page = visit.page();
            page.selectOption("#f-engine", "chromium");
            page.selectOption("#f-verdict", "FAIL");

            Locator first = page.locator("#list details.finding").first();
            first.locator("summary").click();

            Locator detail = first.locator(".detail");
            assertThat(detail.locator(".expected").textContent()).contains("Access-Control-Allow-Origin");
            assertThat(detail.locator(".actual").textContent()).contains("absent");
            assertThat(detail.locator("ol.steps li").count()).isEqualTo(4);
            assertThat(detail.locator("ol.steps a").first().getAttribute("href"))
                    .startsWith("https://fetch.spec.whatwg.org/#");
            assertThat(detail.locator(".exchange[data-kind=PREFLIGHT] pre.req").textContent())
                    .startsWith("OPTIONS /api/items/").contains("Access-Control-Request-Method: PUT");
            assertThat(detail.locator(".exchange[data-kind=ACTUAL] pre.res").textContent())
                    .startsWith("HTTP/1.1 200 OK");
            assertThat(detail.locator("pre.console").first().textContent()).contains("blocked by CORS policy");
            assertThat(detail.locator("pre.curl-line").first().textContent())
                    .startsWith("curl --include").contains("--request OPTIONS");
            detail.locator("button.copy").first().click();
            page.waitForSelector("button.copy:has-text('Copied')");
            assertThat(page.evaluate("navigator.clipboard.readText()").toString()).startsWith("curl --include");
            first.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("finding-open.png")));
            assertThat(visit.consoleErrors).isEmpty();
        }
    }

    @Test
    void attackerControlledValuesStayInertText() {
        try (var visit = chromium.visit(OUT.resolve("hostile/index.html"))) {
            Page page = visit.page();
            page.fill("#f-text", "evil.rule");
            page.waitForSelector("#count:has-text('match')");
            page.locator("#list details.finding summary").first().click();
            Locator detail = page.locator("#list .detail").first();

            assertThat(detail.locator(".exchange pre.res").textContent()).contains(SampleReports.SCRIPT_PAYLOAD);
            assertThat(detail.locator("pre.console").textContent()).isEqualTo("console <svg onload=alert(6)>");
            assertThat(detail.locator("a[href^='javascript:']").count()).isZero();
            assertThat(page.locator("script").count()).isEqualTo(2);
            assertThat(page.locator("img, iframe, svg[onload], b:text-is('bold')").count()).isZero();
            assertThat(page.locator("#list .scn").first().textContent()).contains("scenario <b>bold</b>");
            assertThat(page.textContent("section.target h2")).contains("Evil <script>alert(3)</script> & co");
            assertThat(visit.dialogs).isEmpty();
            assertThat(visit.consoleErrors).isEmpty();
        }
    }

    @Test
    void comparisonPageShowsTargetsAsColumnsAndFiltersDifferences() {
        try (var visit = chromium.visit(OUT.resolve("compare/compare.html"))) {
            Page page = visit.page();

            assertThat(page.locator("table.compare thead th").allTextContents())
                    .containsExactly("Rule", "Level", "Express cors", "Spring", "Jetty", "Vert.x");
            assertThat(page.locator(".target-card svg[role=img]").count()).isEqualTo(4);
            int rows = page.locator("#compare tbody tr").count();
            page.check("#c-diff");
            int differing = page.locator("#compare tbody tr[data-differs=true]").count();
            assertThat(page.locator("#compare tbody tr:visible").count()).isEqualTo(differing).isLessThan(rows);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compare.png"))
                    .setFullPage(true));
            assertThat(visit.consoleErrors).isEmpty();
            assertThat(visit.requests).allSatisfy(url -> assertThat(url).endsWith("/compare/compare.html"));
        }
    }

    @Test
    void filtersSurviveAReloadThroughTheUrlFragment() {
        try (var visit = chromium.visit(OUT.resolve("single/index.html"))) {
            Page page = visit.page();
            page.selectOption("#f-verdict", "FAIL");
            page.selectOption("#f-engine", "firefox");
            assertThat(page.url()).endsWith("#verdict=FAIL&engine=firefox");

            page.reload();
            page.waitForSelector("body[data-ready=true]");

            assertThat(page.inputValue("#f-verdict")).isEqualTo("FAIL");
            assertShown(page, f -> f.verdict() == Verdict.FAIL && f.engine() == Engine.FIREFOX);
            assertThat(visit.consoleErrors).isEmpty();
        }
    }

    @Test
    void targetTabsSwitchTheMatrixAndNarrowTheFindings() {
        try (var visit = chromium.visit(OUT.resolve("compare/index.html"))) {
            Page page = visit.page();
            assertThat(page.locator("section.target:visible").getAttribute("data-target")).isEqualTo("0");

            page.click("[data-target-tab='2']");

            assertThat(page.locator("section.target:visible").getAttribute("data-target")).isEqualTo("2");
            assertThat(page.locator("section.target:visible h2").textContent()).startsWith("Jetty");
            assertThat(page.inputValue("#f-target")).isEqualTo("2");
            assertThat(page.textContent("#count")).isEqualTo("170 of 680 findings match");
            assertThat(visit.consoleErrors).isEmpty();
        }
    }

    /** Assert the count line and the number of rows on the first page match the findings that satisfy the filter. */
    @Test
    void aPageOverItsLimitKeepsEveryProblemAndTheFirstPassesAndSaysHowManyItLeftOut() throws Exception {
        List<Finding> all = REPORT.targets().get(0).findings();
        List<Finding> problems = all.stream().filter(f -> f.verdict() != Verdict.PASS).toList();
        List<Finding> passes = all.stream().filter(f -> f.verdict() == Verdict.PASS).toList();
        int limit = problems.size() + 10;
        System.setProperty(PageData.PAGE_FINDINGS_PROPERTY, Integer.toString(limit));
        try {
            ReportWriter.allFormats().write(OUT.resolve("capped"), REPORT);
        } finally {
            System.clearProperty(PageData.PAGE_FINDINGS_PROPERTY);
        }
        try (var visit = chromium.visit(OUT.resolve("capped/index.html"))) {
            Page page = visit.page();

            assertThat(page.textContent("#count")).startsWith(limit + " findings; " + (passes.size() - 10)
                    + " more PASS findings are not in this page");
            page.selectOption("#f-verdict", "PASS");
            assertThat(page.textContent("#count")).startsWith("10 of " + limit + " findings match");
            // The last PASS kept: its details come from the page's renumbered tables.
            Finding last = passes.get(9);
            page.fill("#f-text", last.scenarioId() + " ");
            Locator shown = page.locator("#list details.finding");
            for (int i = 0; i < shown.count(); i++) {
                shown.nth(i).locator("summary").click();
            }
            assertThat(page.locator("#list .detail .expected").allTextContents())
                    .anySatisfy(text -> assertThat(text).endsWith(last.expected()));
            assertThat(page.locator("#list .exchange pre.req").allTextContents())
                    .anySatisfy(req -> assertThat(req).startsWith(last.evidence().exchanges().get(0).request()
                            .requestLine()));
            assertThat(visit.consoleErrors).isEmpty();
        }
        try (var visit = chromium.visit(OUT.resolve("capped/index.html"))) {
            Page page = visit.page();
            page.selectOption("#f-verdict", "problems");
            long failErrorWarn = problems.stream().filter(f -> f.verdict() == Verdict.FAIL
                    || f.verdict() == Verdict.ERROR || f.verdict() == Verdict.WARN).count();
            assertThat(page.textContent("#count")).startsWith(failErrorWarn + " of " + limit + " findings match");
            assertThat(page.getAttribute("#verdict-counts [data-verdict=PASS]", "data-count"))
                    .as("the counts include the findings left out").isEqualTo(Integer.toString(passes.size()));
            assertThat(visit.consoleErrors).isEmpty();
        }
    }

    private static void assertShown(Page page, Predicate<Finding> filter) {
        long expected = REPORT.targets().get(0).findings().stream().filter(filter).count();
        assertThat(expected).as("test data has matches").isPositive();
        assertThat(page.textContent("#count")).isEqualTo(expected + " of 300 findings match");
        assertThat(page.locator("#list details.finding").count()).isEqualTo((int) Math.min(50, expected));
    }
}
