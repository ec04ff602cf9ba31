package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The page of one WebDriver classic session with MiniBrowser, local or on a Grid: navigation and async scripts, each
 * call bounded by its own worker thread, since WebKitWebDriver (or a Grid in front of it) can stop answering.
 */
final class ClassicPage {

    /** Lets WebKitWebDriver report its own timeout first; only silence past it marks the browser wedged. */
    private static final Duration CLIENT_SLACK = Duration.ofMillis(500);

    private final RemoteWebDriver driver;
    private final BoundedWorker worker;
    private Duration scriptTimeout = Duration.ZERO;
    private Duration pageLoadTimeout = Duration.ZERO;

    /** Take over {@code driver}, whose calls run on {@code worker}, and set both its timeouts to {@code action}. */
    ClassicPage(RemoteWebDriver driver, BoundedWorker worker, Duration action) throws EngineException {
        this.driver = driver;
        this.worker = worker;
        timeouts(action, action);
    }

    void navigate(URI url, Duration timeout) throws EngineException {
        timeouts(scriptTimeout, timeout);
        worker.call("navigating to " + url, timeout.plus(CLIENT_SLACK), () -> {
            driver.get(url.toString());
            return null;
        });
    }

    String evaluateAsync(String expression, Duration timeout) throws EngineException {
        timeouts(timeout, pageLoadTimeout);
        Object result = worker.call("evaluating a script", timeout.plus(CLIENT_SLACK),
                () -> driver.executeAsyncScript(AsyncScript.wrap(expression)));
        return AsyncScript.unwrap(result);
    }

    /** Answer whether no call has overrun its deadline. */
    boolean isResponsive() {
        return worker.isResponsive();
    }

    String browserVersion() {
        return Optional.ofNullable(driver.getCapabilities().getBrowserVersion()).orElse("");
    }

    /**
     * End the WebDriver session within {@code limit}, unless a call is wedged or {@code limit} is zero (nothing would
     * answer); then stop the worker. Never throws.
     */
    void quit(Duration limit) {
        if (worker.isResponsive() && !limit.isZero()) {
            try {
                worker.call("quitting", limit, () -> {
                    driver.quit();
                    return null;
                });
            } catch (EngineException e) {
                // Gone or wedged: the caller ends what it owns either way.
            }
        }
        worker.shutdown();
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
}
