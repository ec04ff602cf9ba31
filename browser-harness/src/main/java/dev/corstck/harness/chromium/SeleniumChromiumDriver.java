package dev.corstck.harness.chromium;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.ProcessTree;
import dev.corstck.harness.process.Watchdog;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.json.JsonInput;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.apiguardian.api.API;

/**
 * Chromium through Selenium 4: chromedriver started by the harness ({@link #launch}), or any remote W3C WebDriver
 * endpoint with Chrome/Chromium, such as a Selenium Grid ({@link #remote}). Sessions are isolated browser contexts
 * made over CDP (Selenium's DevTools connection: {@code se:cdp} on a Grid, {@code debuggerAddress} on chromedriver).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SeleniumChromiumDriver implements EngineDriver {

    private static final Set<EngineId.Capability> ALL = Set.of(EngineId.Capability.CONSOLE,
            EngineId.Capability.NETWORK, EngineId.Capability.CORS_REASON);
    private static final Function<JsonInput, Map<String, Object>> AS_MAP = in -> in.read(Map.class);

    private final RemoteWebDriver driver;
    private final DevTools devTools;
    private final String homeWindow;
    private final List<Long> pids;
    private final EngineId id;
    private volatile boolean broken;

    SeleniumChromiumDriver(RemoteWebDriver driver, DevTools devTools, List<Long> pids, String driverName) {
        this.driver = driver;
        this.devTools = devTools;
        this.homeWindow = driver.getWindowHandle();
        this.pids = List.copyOf(pids);
        this.id = new EngineId("chromium", driverName, ALL);
    }

    /** Start {@code chromedriver} and a headless Chromium ({@code spec.executable()}). */
    public static EngineDriver launch(LaunchSpec spec, java.nio.file.Path chromedriver) throws EngineException {
        return SeleniumLauncher.local(spec, chromedriver);
    }

    /** Open a session on a remote WebDriver endpoint (a Selenium Grid, or a chromedriver's URL). */
    public static EngineDriver remote(URI endpoint, LaunchSpec spec) throws EngineException {
        return SeleniumLauncher.remote(endpoint, spec);
    }

    @Override
    public EngineId id() {
        return id;
    }

    @Override
    public String browserVersion() {
        return driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public EngineSession openSession() throws EngineException {
        return guarded(Duration.ofSeconds(30), "opening a browser context", () -> {
            String context = (String) devTools.send(new Command<>("Target.createBrowserContext",
                    SeleniumSession.newContextParams(), AS_MAP)).get("browserContextId");
            String target = (String) devTools.send(new Command<>("Target.createTarget",
                    Map.of("url", "about:blank", "browserContextId", context), AS_MAP)).get("targetId");
            driver.switchTo().window(target);
            SeleniumSession session = new SeleniumSession(this, driver, context, target);
            session.drainEvents(); // forget what other sessions left in the logs
            return session;
        });
    }

    /** Close the session's tab and dispose of its context; never throws. */
    void closeSession(String contextId, String targetId) {
        try {
            guarded(Duration.ofSeconds(10), "closing a browser context", () -> {
                driver.switchTo().window(targetId);
                driver.close();
                driver.switchTo().window(homeWindow);
                devTools.send(new Command<>("Target.disposeBrowserContext", Map.of("browserContextId", contextId),
                        AS_MAP));
                return null;
            });
        } catch (EngineException e) {
            // The browser is gone or broken; isAlive() tells the façade.
        }
    }

    /** A WebDriver call to bound. */
    interface Call<T> {
        T run();
    }

    /** Run {@code call}, killing the browser if it takes longer than {@code timeout}; map failures. */
    <T> T guarded(Duration timeout, String what, Call<T> call) throws EngineException {
        try (Watchdog.Guard guard = Watchdog.arm(timeout, this::abort)) {
            return call.run();
        } catch (WebDriverException e) {
            noteFailure(e);
            throw new EngineException(what + " failed: " + PlaywrightSession.firstLine(e), e);
        }
    }

    /** Remember failures that mean the session or browser is gone. */
    void noteFailure(WebDriverException e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof NoSuchSessionException || m.contains("disconnected") || m.contains("not reachable")
                || m.contains("crashed") || m.contains("Connection refused") || m.contains("Unable to")) {
            broken = true;
        }
    }

    @Override
    public boolean isAlive() {
        return !broken && pids.stream().allMatch(ProcessTree::isAlive);
    }

    @Override
    public List<Long> processIds() {
        return pids;
    }

    /** End a hung browser from the watchdog thread (local only: a remote browser is not ours to kill). */
    void abort() {
        broken = true;
        new ArrayList<>(pids).forEach(ProcessRegistry::kill);
    }

    @Override
    public void close() {
        try (Watchdog.Guard guard = Watchdog.arm(Duration.ofSeconds(10), this::abort)) {
            Optional.of(devTools).ifPresent(DevTools::close);
            driver.quit();
        } catch (RuntimeException e) {
            // Already gone.
        }
        pids.forEach(ProcessRegistry::kill);
    }
}
