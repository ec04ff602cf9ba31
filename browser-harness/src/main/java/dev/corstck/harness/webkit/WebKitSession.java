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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * One MiniBrowser (through its own WebKitWebDriver) with one page. WebKit exposes neither console nor network through
 * WebDriver classic, so {@link #drainEvents()} is always empty.
 */
final class WebKitSession implements EngineSession {

    private static final Duration QUIT_LIMIT = Duration.ofSeconds(2);
    /** Lets WebKitWebDriver report its own timeout first; only silence past it marks the browser wedged. */
    private static final Duration CLIENT_SLACK = Duration.ofMillis(500);

    private final WebDriverServer server;
    private final RemoteWebDriver driver;
    private final HttpClient http;
    private final BoundedWorker worker;
    private final Path home;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ProcessHandle browser;
    private Duration scriptTimeout = Duration.ZERO;
    private Duration pageLoadTimeout = Duration.ZERO;
    private volatile Runnable onClose = () -> { };

    WebKitSession(WebDriverServer server, RemoteWebDriver driver, HttpClient http, BoundedWorker worker, Path home,
            Duration actionTimeout) throws EngineException {
        this.server = server;
        this.driver = driver;
        this.http = http;
        this.worker = worker;
        this.home = home;
        server.tree().refresh();
        this.browser = server.tree().root().children()
                .filter(p -> p.info().command().orElse("").endsWith("MiniBrowser")).findFirst()
                .orElse(server.tree().root());
        timeouts(actionTimeout, actionTimeout);
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        timeouts(scriptTimeout, timeout);
        worker.call("navigating to " + url, timeout.plus(CLIENT_SLACK), () -> {
            driver.get(url.toString());
            return null;
        });
        server.tree().refresh(); // a cross-site navigation may start a new web process
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        timeouts(timeout, pageLoadTimeout);
        Object result = worker.call("evaluating a script", timeout.plus(CLIENT_SLACK),
                () -> driver.executeAsyncScript(AsyncScript.wrap(expression)));
        return AsyncScript.unwrap(result);
    }

    @Override
    public List<EngineEvent> drainEvents() {
        return List.of();
    }

    /** Answer whether this session's browser runs and has answered every call in time. */
    boolean isHealthy() {
        return !closed.get() && worker.isResponsive() && ProcessState.of(browser).isRunning()
                && server.tree().isRunning();
    }

    String browserVersion() {
        return Optional.ofNullable(driver.getCapabilities().getBrowserVersion()).orElse("");
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
        if (worker.isResponsive() && ProcessState.of(browser).isRunning()) {
            try {
                worker.call("quitting", QUIT_LIMIT, () -> {
                    driver.quit();
                    return null;
                });
            } catch (EngineException e) {
                // Gone or wedged: the process tree is ended below either way.
            }
        }
        server.tree().end(Duration.ZERO);
        worker.shutdown();
        http.close();
        deleteTree(home);
        onClose.run();
    }

    private void timeouts(Duration script, Duration pageLoad) throws EngineException {
        if (script.equals(scriptTimeout) && pageLoad.equals(pageLoadTimeout)) {
            return;
        }
        worker.call("setting timeouts", pageLoad.compareTo(script) > 0 ? pageLoad : script, () -> {
            driver.manage().timeouts().scriptTimeout(script).pageLoadTimeout(pageLoad);
            return null;
        });
        scriptTimeout = script;
        pageLoadTimeout = pageLoad;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: leftovers in the work dir are harmless.
        }
    }
}
