package dev.corstck.tck.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.HarContentPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Record the HAR fixtures from real browsers against real CORS servers on loopback (the reference target, correct
 * and made wrong by its mistake profiles): Chromium through its DevTools protocol (a DevTools-shaped HAR from the
 * {@code Network} events, and its sanitized variant) and through Playwright's own HAR recorder, Firefox through
 * WebDriver BiDi network events. Beside each HAR, what the browser itself reported (Chromium's
 * {@code corsErrorStatus}, Firefox's console lines, what each fetch returned to the page).
 *
 * <p>Records into {@code target/recorded-har} in every run (a browser test that never runs in CI would be a defect),
 * or where {@code -Dcors.tck.explain.record=DIR} says ({@code src} rewrites the committed fixtures under
 * {@code src/test/resources/dev/corstck/tck/explain/har}); then checks explain against the fresh recordings, as
 * {@link RecordedHarTests} does with the committed ones.
 */
class HarRecordingTests {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final String FETCH = "async (a) => { try { const r = await fetch(a.url, {method: a.method, "
            + "headers: a.headers, body: a.body ? a.body : undefined, credentials: a.credentials ? 'include' : "
            + "'same-origin'}); return 'ok ' + r.status; } catch (e) { return 'error ' + e; } }";

    @Test
    void recordChromiumAndFirefoxHarsAndExplainEveryEntryAsTheBrowserReported() throws Exception {
        String where = System.getProperty("cors.tck.explain.record", "target/recorded-har");
        Path dir = where.equals("src") ? Path.of("src/test/resources/dev/corstck/tck/explain/har")
                : Path.of(where);
        Files.createDirectories(dir);
        List<RecordingCase> cases = RecordingCase.all();
        try (RecordingServers servers = new RecordingServers(cases)) {
            recordChromium(servers, cases, dir);
            recordFirefox(servers, cases, dir);
        }
        RecordedHarTests.checkChromium(dir.resolve("chromium-cdp.har"), dir.resolve("chromium-cdp.browser.json"));
        RecordedHarTests.checkChromium(dir.resolve("chromium-cdp-sanitized.har"),
                dir.resolve("chromium-cdp.browser.json"));
        RecordedHarTests.checkPlaywright(dir.resolve("chromium-playwright.har"),
                dir.resolve("chromium-playwright.browser.json"));
        RecordedHarTests.checkFirefox(dir.resolve("firefox-bidi.har"), dir.resolve("firefox-bidi.browser.json"));
    }

    private static void recordChromium(RecordingServers servers, List<RecordingCase> cases, Path dir)
            throws Exception {
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            CdpHarRecorder cdp = new CdpHarRecorder();
            List<String> console = new ArrayList<>();
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            page.onConsoleMessage(m -> console.add(m.text()));
            cdp.attach(context.newCDPSession(page));
            List<Map<String, String>> results = run(page, servers, cases);
            Thread.sleep(500); // the last loadingFailed events
            context.close();
            JsonObject har = cdp.har(servers.urls());
            Files.writeString(dir.resolve("chromium-cdp.har"), GSON.toJson(har));
            Files.writeString(dir.resolve("chromium-cdp-sanitized.har"), GSON.toJson(sanitized(har)));
            JsonObject side = new JsonObject();
            side.addProperty("browser", "chromium " + browser.version());
            side.addProperty("recordedWith", "Playwright " + "1.62.0" + " + CDP Network events");
            side.add("entries", GSON.toJsonTree(cdp.reports(servers.urls())));
            side.add("fetches", GSON.toJsonTree(results));
            side.add("console", GSON.toJsonTree(console));
            Files.writeString(dir.resolve("chromium-cdp.browser.json"), GSON.toJson(side));

            Path harFile = dir.resolve("chromium-playwright.har");
            BrowserContext recorded = browser.newContext(new Browser.NewContextOptions().setRecordHarPath(harFile)
                    .setRecordHarContent(HarContentPolicy.OMIT));
            List<Map<String, String>> results2 = run(recorded.newPage(), servers, cases);
            recorded.close(); // writes the HAR
            JsonObject side2 = new JsonObject();
            side2.addProperty("browser", "chromium " + browser.version());
            side2.addProperty("recordedWith", "Playwright 1.62.0 recordHarPath");
            side2.add("fetches", GSON.toJsonTree(results2));
            Files.writeString(dir.resolve("chromium-playwright.browser.json"), GSON.toJson(side2));
        }
    }

    private static List<Map<String, String>> run(Page page, RecordingServers servers, List<RecordingCase> cases) {
        List<Map<String, String>> results = new ArrayList<>();
        String at = "";
        for (RecordingCase c : cases) {
            String pageOrigin = servers.pageFor(c);
            if (!pageOrigin.equals(at)) {
                page.navigate(pageOrigin + "/");
                at = pageOrigin;
            }
            Map<String, Object> arg = new LinkedHashMap<>();
            arg.put("url", servers.urlOf(c));
            arg.put("method", c.method());
            arg.put("headers", c.headers());
            arg.put("body", c.body());
            arg.put("credentials", c.credentials());
            Object result = page.evaluate(FETCH, arg);
            results.add(Map.of("case", c.name(), "method", c.method(), "url", servers.urlOf(c), "page", pageOrigin,
                    "credentials", c.credentials() ? "include" : "same-origin", "result", String.valueOf(result)));
        }
        return results;
    }

    private static void recordFirefox(RecordingServers servers, List<RecordingCase> cases, Path dir)
            throws Exception {
        Path work = Files.createDirectories(Path.of("target", "explain-firefox"));
        try (BidiHarRecorder ff = new BidiHarRecorder(Path.of("/usr/bin/firefox-esr"), work)) {
            List<Map<String, String>> results = new ArrayList<>();
            String at = "";
            for (RecordingCase c : cases) {
                String pageOrigin = servers.pageFor(c);
                if (!pageOrigin.equals(at)) {
                    ff.navigate(pageOrigin + "/");
                    at = pageOrigin;
                }
                String js = "(" + FETCH + ")(" + GSON.toJson(Map.of("url", servers.urlOf(c), "method", c.method(),
                        "headers", c.headers(), "body", c.body(), "credentials", c.credentials())) + ")";
                results.add(Map.of("case", c.name(), "method", c.method(), "url", servers.urlOf(c), "page",
                        pageOrigin, "credentials", c.credentials() ? "include" : "same-origin", "result",
                        ff.evaluate(js)));
            }
            Thread.sleep(500);
            Files.writeString(dir.resolve("firefox-bidi.har"), GSON.toJson(ff.har(servers.urls())));
            JsonObject side = new JsonObject();
            side.addProperty("browser", "firefox " + ff.version());
            side.addProperty("recordedWith", "WebDriver BiDi network events (firefox-esr, no geckodriver)");
            side.add("fetches", GSON.toJsonTree(results));
            side.add("console", GSON.toJsonTree(ff.console()));
            Files.writeString(dir.resolve("firefox-bidi.browser.json"), GSON.toJson(side));
        }
    }

    /** What DevTools' "Export HAR (sanitized)" removes: Cookie and Authorization request headers, Set-Cookie. */
    static JsonObject sanitized(JsonObject har) {
        JsonObject copy = har.deepCopy();
        for (JsonElement e : copy.getAsJsonObject("log").getAsJsonArray("entries")) {
            JsonObject entry = e.getAsJsonObject();
            strip(entry.getAsJsonObject("request"), List.of("authorization", "cookie"));
            strip(entry.getAsJsonObject("response"), List.of("set-cookie"));
        }
        return copy;
    }

    private static void strip(JsonObject holder, List<String> names) {
        JsonArray kept = new JsonArray();
        for (JsonElement h : holder.getAsJsonArray("headers")) {
            if (!names.contains(h.getAsJsonObject().get("name").getAsString().toLowerCase(Locale.ROOT))) {
                kept.add(h);
            }
        }
        holder.add("headers", kept);
        holder.add("cookies", new JsonArray());
    }

    static JsonObject read(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }
}
