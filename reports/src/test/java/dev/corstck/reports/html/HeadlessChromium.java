package dev.corstck.reports.html;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, for checking report pages in a real browser. The harness's
 * {@code BrowserHarness} runs fetches, not page interaction (clicks, typing, screenshots), so tests use Playwright
 * directly. A missing Chromium fails the caller: it never skips.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The Debian Chromium binary (see environment notes). */
    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " not found: install Debian's chromium (tools/provision)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                    .setHeadless(true).setTimeout(60_000)
                    .setArgs(List.of("--disable-background-networking", "--disable-component-update",
                            "--no-first-run", "--disable-gpu")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Return the browser's version string. */
    public String version() {
        return browser.version();
    }

    /** Open {@code file} in a fresh context that records console errors and every request, and blocks non-file ones. */
    public Visit visit(Path file) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Visit visit = new Visit(context);
        context.route("**/*", route -> {
            visit.requests.add(route.request().url());
            if (route.request().url().startsWith("file:")) {
                route.resume();
            } else {
                route.abort();
            }
        });
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                visit.consoleErrors.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> visit.consoleErrors.add("pageerror: " + e));
        page.onDialog(d -> {
            visit.dialogs.add(d.message());
            d.dismiss();
        });
        visit.page = page;
        page.navigate(file.toUri().toString());
        page.waitForSelector("body[data-ready=true]");
        return visit;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** One page load: the page, and what it logged and requested. */
    public static final class Visit implements AutoCloseable {
        public final List<String> consoleErrors = new CopyOnWriteArrayList<>();
        public final List<String> requests = new CopyOnWriteArrayList<>();
        public final List<String> dialogs = new CopyOnWriteArrayList<>();
        private final BrowserContext context;
        private Page page;

        Visit(BrowserContext context) {
            this.context = context;
        }

        public Page page() {
            return page;
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
