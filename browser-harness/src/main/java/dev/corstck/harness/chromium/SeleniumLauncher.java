package dev.corstck.harness.chromium;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.Watchdog;
import dev.corstck.harness.process.WorkDirs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/** Start Selenium Chromium sessions, local (chromedriver) or remote (Grid), with logs and CDP enabled. */
final class SeleniumLauncher {

    /** Long enough for a whole sequential batch; hung local browsers are cut short by the watchdog instead. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    private SeleniumLauncher() {}

    static SeleniumChromiumDriver local(LaunchSpec spec, Path chromedriver) throws EngineException {
        ChromeOptions options = options(spec);
        // chromedriver does not drive the headless shell: the full browser of the same version (ChromiumBuild).
        options.setBinary(ChromiumProcess.realBinary(ChromiumBuild.fullBrowser(spec.executable())).toString());
        options.addArguments("--user-data-dir=" + profileDir(spec));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withLogFile(spec.workDir().resolve("chromedriver.log").toFile()).build();
        Set<Long> before = children();
        try (Watchdog.Guard guard = Watchdog.arm(spec.launchTimeout(), () -> killNewChildren(before))) {
            ChromeDriver driver = new ChromeDriver(service, options, clientConfig());
            List<Long> pids = new ArrayList<>();
            Object browserPid = driver.getCapabilities().getCapability("goog:processID");
            if (browserPid instanceof Number n) {
                pids.add(n.longValue());
            }
            children().stream().filter(p -> !before.contains(p)).forEach(pids::add);
            pids.forEach(ProcessRegistry::register);
            return new SeleniumChromiumDriver(driver, devTools(driver), pids, "chromedriver");
        } catch (WebDriverException | EngineException e) {
            killNewChildren(before);
            throw new EngineException("chromedriver did not start Chromium within " + spec.launchTimeout() + ": "
                    + PlaywrightSession.firstLine(e), e);
        }
    }

    static SeleniumChromiumDriver remote(URI endpoint, LaunchSpec spec) throws EngineException {
        ChromeOptions options = options(spec);
        boolean loopback = "127.0.0.1".equals(endpoint.getHost()) || "localhost".equals(endpoint.getHost());
        Path binary = ChromiumBuild.fullBrowser(spec.executable()); // a Grid's chromedriver, like a local one
        if (loopback && Files.isExecutable(binary)) {
            options.setBinary(ChromiumProcess.realBinary(binary).toString()); // a local chromedriver/Grid
        }
        WebDriver plain = null;
        try {
            plain = RemoteWebDriver.builder().oneOf(options).address(endpoint).config(clientConfig()).build();
            RemoteWebDriver driver = (RemoteWebDriver) new Augmenter().augment(plain);
            return new SeleniumChromiumDriver(driver, devTools(driver), List.of(), "grid");
        } catch (WebDriverException e) {
            // A session the Grid made but we cannot drive (e.g. its se:cdp URL is unreachable) would hold a node's
            // slot until the Grid's session timeout: end it now.
            Optional<String> cdp = Optional.ofNullable(plain).map(d -> ((RemoteWebDriver) d).getCapabilities()
                    .getCapability("se:cdp")).map(Object::toString);
            if (plain != null) {
                quietly(plain::quit);
            }
            throw new EngineException("no Chromium session at " + endpoint + ": " + PlaywrightSession.firstLine(e)
                    + cdp.map(u -> " (the Grid's CDP address for it is " + u + "; a hub's nodes need --grid-url "
                            + endpoint + " so that it points at the hub)").orElse(""), e);
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    private static DevTools devTools(WebDriver driver) throws EngineException {
        if (!(driver instanceof HasDevTools cdp)) {
            driver.quit();
            throw new EngineException("the WebDriver endpoint offers no CDP connection (se:cdp or "
                    + "goog:chromeOptions.debuggerAddress); the harness needs it for isolated browser contexts");
        }
        return cdp.getDevTools();
    }

    private static ChromeOptions options(LaunchSpec spec) {
        ChromeOptions o = new ChromeOptions();
        o.addArguments("--headless=new");
        o.addArguments(ChromiumArgs.forSpec(spec));
        if (spec.cookies() == LaunchSpec.CookieMode.ALLOW_THIRD_PARTY) {
            o.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 0));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        o.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        o.setAcceptInsecureCerts(true);
        o.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        return o;
    }

    private static ClientConfig clientConfig() {
        return ClientConfig.defaultConfig().connectionTimeout(Duration.ofSeconds(10)).readTimeout(READ_TIMEOUT);
    }

    private static Path profileDir(LaunchSpec spec) throws EngineException {
        try {
            return WorkDirs.fresh(spec.workDir(), "chromium-profile");
        } catch (IOException e) {
            throw new EngineException("cannot create a profile under " + spec.workDir() + ": " + e.getMessage(), e);
        }
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static void killNewChildren(Set<Long> before) {
        children().stream().filter(p -> !before.contains(p)).forEach(ProcessRegistry::kill);
    }
}
