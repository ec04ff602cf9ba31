package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.process.ProcessState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * One MiniBrowser (through its own WebKitWebDriver) with one page. WebKit exposes neither console nor network through
 * WebDriver classic, so {@link #drainEvents()} is always empty.
 */
final class WebKitSession implements EngineSession {

    static final Duration QUIT_LIMIT = Duration.ofSeconds(2);

    private final WebDriverServer server;
    private final ClassicPage page;
    private final HttpClient http;
    private final Path home;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ProcessHandle browser;
    private volatile Runnable onClose = () -> { };

    WebKitSession(WebDriverServer server, RemoteWebDriver driver, HttpClient http, BoundedWorker worker, Path home,
            Duration actionTimeout) throws EngineException {
        this.server = server;
        this.http = http;
        this.home = home;
        server.tree().refresh();
        this.browser = server.tree().root().children()
                .filter(p -> p.info().command().orElse("").endsWith("MiniBrowser")).findFirst()
                .orElse(server.tree().root());
        this.page = new ClassicPage(driver, worker, actionTimeout);
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        page.navigate(url, timeout);
        server.tree().refresh(); // a cross-site navigation may start a new web process
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        return page.evaluateAsync(expression, timeout);
    }

    @Override
    public List<EngineEvent> drainEvents() {
        return List.of();
    }

    /** Answer whether this session's browser runs and has answered every call in time. */
    boolean isHealthy() {
        return !closed.get() && page.isResponsive() && ProcessState.of(browser).isRunning()
                && server.tree().isRunning();
    }

    String browserVersion() {
        return page.browserVersion();
    }

    /** The MiniBrowser process. */
    ProcessHandle browserProcess() {
        return browser;
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    /**
     * Quit the WebDriver session (bounded, skipped when the browser is already gone or wedged), then end
     * WebKitWebDriver, MiniBrowser and its web and network processes; never throws.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        // A browser already gone cannot answer the quit: skip its wait. The process tree is ended below either way.
        page.quit(ProcessState.of(browser).isRunning() ? QUIT_LIMIT : Duration.ZERO);
        server.tree().end(Duration.ZERO);
        http.close();
        deleteTree(home);
        onClose.run();
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: leftovers in the work dir are harmless.
        }
    }
}
