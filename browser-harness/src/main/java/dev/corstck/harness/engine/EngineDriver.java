package dev.corstck.harness.engine;

import java.util.List;

/**
 * A running browser, driven by one automation protocol (Playwright/CDP, WebDriver classic, WebDriver BiDi).
 *
 * <p>This is the harness's internal seam between the neutral façade (page origins, the fetch glue, observations) and
 * the engine-specific code. Nothing of Playwright, Selenium or the BiDi wire leaks past it. Implementations must bound
 * every blocking call by the timeouts of {@link LaunchSpec}; a driver whose browser died answers {@code false} to
 * {@link #isAlive()} so the façade can restart it.
 */
public interface EngineDriver extends AutoCloseable {

    /** The engine and driver, e.g. {@code chromium/playwright}, {@code firefox/bidi}, {@code webkit/webdriver}. */
    EngineId id();

    /** The browser's own version string, e.g. {@code 156.0.8078.108}. */
    String browserVersion();

    /**
     * Open an isolated session: its own cookie jar, HTTP cache and CORS-preflight cache, one page (tab) in it.
     *
     * @throws EngineException when the browser does not answer within the launch spec's action timeout
     */
    EngineSession openSession() throws EngineException;

    /** Answer whether the browser process and its control channel still work. */
    boolean isAlive();

    /**
     * Return the PIDs of the processes this driver started, the browser's main process first (empty for remote
     * browsers). The façade kills these process trees when the driver hangs or the JVM exits.
     */
    default List<Long> processIds() {
        return List.of();
    }

    /** Close the browser and end every process this driver started (browser, driver, Xvfb). Never throws. */
    @Override
    void close();
}
