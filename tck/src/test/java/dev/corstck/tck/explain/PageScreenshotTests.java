package dev.corstck.tck.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.tck.demo.DemoHtml;
import dev.corstck.tck.demo.DemoResult;
import dev.corstck.tck.demo.EnforcementDemo;
import dev.corstck.tck.explain.render.HtmlRenderer;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.BrowserSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two new pages, opened in real Chromium: the explain page of a recorded HAR and the demo page (run against the
 * seed mistakes in real Chromium and Firefox); each screenshot is kept under {@code target/}.
 */
class PageScreenshotTests {

    @Test
    void explainPageOfARecordedHarRendersOffline() throws Exception {
        ExplainReport report = Explanations.fromHar(
                Path.of("explain/src/test/resources/dev/corstck/tck/explain/har/chromium-cdp.har"));
        Path html = Path.of("target/explain-page.html");
        Files.writeString(html, HtmlRenderer.render(report));

        List<String> requested = shoot(html, Path.of("target/explain-page.png"), page -> {
            assertThat(page.locator("section.req").count()).isEqualTo(11);
            assertThat(page.locator("[data-engine=chromium] .pill.v-fail").count()).isEqualTo(9);
            assertThat(page.locator("#request-5").innerText()).contains("Method PUT is not allowed");
        });
        assertThat(requested).allMatch(u -> u.startsWith("file:"));
    }

    @Test
    void demoPageShowsCurlEachBrowserAndTheSimulatorsReason() throws Exception {
        List<BrowserEngine> engines = BrowserList.parseLocal("chromium,firefox");
        Map<String, ExplainReport> explained = new LinkedHashMap<>();
        List<DemoResult> results;
        try (BrowserHarness harness = BrowserHarness.create(BrowserSessions.forUrls(engines, List.of()))) {
            results = new EnforcementDemo(harness, engines).seedMistakes((c, base) ->
                    explained.put(c.name(), DemoHtml.explain(c, base + c.path())));
        }
        Path html = Path.of("target/demo-page.html");
        Files.writeString(html, DemoHtml.render(results, explained));

        shoot(html, Path.of("target/demo-page.png"), page -> {
            assertThat(page.locator("section.req").count()).isEqualTo(4);
            String auth = page.locator("#case-authorization-not-allowed").innerText();
            assertThat(auth).contains("$ /usr/bin/curl -s -i").contains("Authorization: Bearer demo-token");
            assertThat(page.locator("#case-authorization-not-allowed [data-client=chromium]").innerText())
                    .contains("Method PUT is not allowed");
            assertThat(page.locator("#case-authorization-not-allowed [data-client=simulator]").innerText())
                    .contains("refuses the request header authorization")
                    .contains("browsers check the method before the headers");
            assertThat(page.locator("#case-wildcard-with-credentials [data-client=firefox]").innerText())
                    .contains("Credential is not supported");
        });
    }

    /** Open {@code html} in headless Chromium, check it, screenshot it; return every URL the page requested. */
    private static List<String> shoot(Path html, Path png, java.util.function.Consumer<Page> check) {
        List<String> requested = new ArrayList<>();
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.onRequest(r -> requested.add(r.url()));
            page.navigate(html.toAbsolutePath().toUri().toString());
            check.accept(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
        }
        assertThat(png).exists();
        return requested;
    }
}
