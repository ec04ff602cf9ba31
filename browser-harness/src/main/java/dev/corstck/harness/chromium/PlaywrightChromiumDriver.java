package dev.corstck.harness.chromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.PlaywrightException;
import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.Watchdog;
import dev.corstck.harness.process.WorkDirs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Chromium driven by Playwright 1.62 over CDP: a headless Chromium the harness launches itself
 * ({@link #launch(LaunchSpec)}), or a remote one ({@link #connectOverCdp}, {@link #connect}).
 *
 * <p>The harness launches Chromium itself rather than through {@code BrowserType.launch}: Playwright's launch makes a
 * throw-away profile whose prefs cannot be set, and there fresh contexts block third-party cookies whatever CDP says.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlaywrightChromiumDriver implements EngineDriver {

    private static final Set<EngineId.Capability> ALL = Set.of(EngineId.Capability.CONSOLE,
            EngineId.Capability.NETWORK, EngineId.Capability.CORS_REASON);

    private final PlaywrightRuntime.Instance runtime;
    private final Browser browser;
    private final Optional<ChromiumProcess> process;
    private final Optional<Path> profileDir;
    private final EngineId id;
    private final LaunchSpec spec;

    private PlaywrightChromiumDriver(PlaywrightRuntime.Instance runtime, Browser browser,
            Optional<ChromiumProcess> process, Optional<Path> profileDir, String driverName, LaunchSpec spec) {
        this.runtime = runtime;
        this.browser = browser;
        this.process = process;
        this.profileDir = profileDir;
        this.id = new EngineId("chromium", driverName, ALL);
        this.spec = spec;
    }

    /** Launch a headless Chromium ({@code spec.executable()}) and connect Playwright to it. */
    public static PlaywrightChromiumDriver launch(LaunchSpec spec) throws EngineException {
        Path profile = profileDir(spec);
        ChromiumProcess chromium = ChromiumProcess.start(spec, profile);
        try {
            PlaywrightRuntime.Instance runtime = PlaywrightRuntime.create();
            Browser browser = connect(runtime, spec, b -> b.connectOverCDP(chromium.webSocketUrl(),
                    new BrowserType.ConnectOverCDPOptions().setTimeout(spec.launchTimeout().toMillis())),
                    () -> chromium.close());
            return new PlaywrightChromiumDriver(runtime, browser, Optional.of(chromium), Optional.of(profile),
                    "playwright", spec);
        } catch (EngineException | RuntimeException e) {
            chromium.close();
            WorkDirs.deleteQuietly(profile);
            throw e;
        }
    }

    /**
     * Open a lane: one more Playwright instance (its own Node driver) connected over CDP to the Chromium this driver
     * launched. Playwright objects must not be used concurrently, so pages run side by side only through separate
     * instances; each page still gets a fresh context. Closing the lane disconnects it and leaves the browser running;
     * so does its watchdog, which kills the lane's driver only.
     *
     * @throws EngineException when this driver did not launch its Chromium, or the connection fails
     */
    public PlaywrightChromiumDriver lane() throws EngineException {
        if (process.isEmpty()) {
            throw new EngineException("only a Chromium the harness launched has lanes");
        }
        ChromiumProcess chromium = process.get();
        PlaywrightRuntime.Instance laneRuntime = PlaywrightRuntime.create();
        Browser laneBrowser = connect(laneRuntime, spec, b -> b.connectOverCDP(chromium.webSocketUrl(),
                new BrowserType.ConnectOverCDPOptions().setTimeout(spec.launchTimeout().toMillis())), () -> { });
        return new PlaywrightChromiumDriver(laneRuntime, laneBrowser, Optional.empty(), Optional.empty(), id.driver(),
                spec);
    }

    /** Connect over CDP to a running Chromium ({@code ws://…/devtools/browser/…} or {@code http://host:9222}). */
    public static PlaywrightChromiumDriver connectOverCdp(URI endpoint, LaunchSpec spec) throws EngineException {
        PlaywrightRuntime.Instance runtime = PlaywrightRuntime.create();
        Browser browser = connect(runtime, spec, b -> b.connectOverCDP(endpoint.toString(),
                new BrowserType.ConnectOverCDPOptions().setTimeout(spec.launchTimeout().toMillis())), () -> { });
        return new PlaywrightChromiumDriver(runtime, browser, Optional.empty(), Optional.empty(), "playwright-cdp",
                spec);
    }

    /**
     * Connect to a Playwright browser server ({@code ws://…}, from {@code playwright run-server} or
     * {@code launchServer}). The server launches the browser; it is asked (header {@code x-playwright-launch-options})
     * for a headless Chromium with the harness's switches and, on a loopback server, {@code spec.executable()} (the
     * Debian Chromium, as Playwright's own browser downloads are not used). A server honours {@code executablePath}
     * and {@code args} only when started with {@code --unsafe}; a {@code launch-options} query in the URL wins.
     */
    public static PlaywrightChromiumDriver connect(URI endpoint, LaunchSpec spec) throws EngineException {
        String launch = launchOptions(endpoint, spec);
        PlaywrightRuntime.Instance runtime = PlaywrightRuntime.create();
        Browser browser = connect(runtime, spec, b -> b.connect(endpoint.toString(),
                new BrowserType.ConnectOptions().setTimeout(spec.launchTimeout().toMillis())
                        .setHeaders(Map.of("x-playwright-launch-options", launch))),
                () -> { });
        return new PlaywrightChromiumDriver(runtime, browser, Optional.empty(), Optional.empty(),
                "playwright-connect", spec);
    }

    private static String launchOptions(URI endpoint, LaunchSpec spec) throws EngineException {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("headless", true);
        options.put("args", ChromiumArgs.forSpec(spec));
        boolean loopback = "127.0.0.1".equals(endpoint.getHost()) || "localhost".equals(endpoint.getHost());
        if (loopback && java.nio.file.Files.isExecutable(spec.executable())) {
            options.put("executablePath", ChromiumProcess.realBinary(spec.executable()).toString());
        }
        StringBuilder json = new StringBuilder(); // one line: it travels in an HTTP header
        try (org.openqa.selenium.json.JsonOutput out = new org.openqa.selenium.json.Json().newOutput(json)) {
            out.setPrettyPrint(false).write(options);
        }
        return json.toString();
    }

    private interface Connector {
        Browser connect(BrowserType chromium);
    }

    private static Browser connect(PlaywrightRuntime.Instance runtime, LaunchSpec spec, Connector connector,
            Runnable cleanup) throws EngineException {
        try {
            return connector.connect(runtime.playwright().chromium());
        } catch (PlaywrightException e) {
            closeRuntime(runtime);
            cleanup.run();
            throw new EngineException("Playwright could not connect to Chromium: " + PlaywrightSession.firstLine(e),
                    e);
        }
    }

    private static Path profileDir(LaunchSpec spec) throws EngineException {
        try {
            return WorkDirs.fresh(spec.workDir(), "chromium-profile");
        } catch (java.io.IOException e) {
            throw new EngineException("cannot create a profile under " + spec.workDir() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public EngineId id() {
        return id;
    }

    @Override
    public String browserVersion() {
        return process.map(p -> ChromiumBuild.version(browser.version(), p.executable())).orElse(browser.version());
    }

    @Override
    public EngineSession openSession() throws EngineException {
        try (Watchdog.Guard guard = Watchdog.arm(spec.actionTimeout(), this::abort)) {
            return PlaywrightSession.open(browser.newContext(new Browser.NewContextOptions()
                    .setIgnoreHTTPSErrors(true)), this::abort);
        } catch (PlaywrightException e) {
            throw new EngineException("cannot open a browser context: " + PlaywrightSession.firstLine(e), e);
        }
    }

    @Override
    public boolean isAlive() {
        return process.map(ChromiumProcess::isAlive).orElse(true) && browser.isConnected();
    }

    @Override
    public List<Long> processIds() {
        List<Long> pids = new ArrayList<>();
        process.ifPresent(p -> pids.add(p.pid()));
        pids.addAll(runtime.driverPids());
        return pids;
    }

    /**
     * End a hung browser from the watchdog thread: kill the Chromium we launched, or (remote) our Node driver, so the
     * blocked Playwright call fails at once. Never touches Playwright objects (they are not thread-safe).
     */
    void abort() {
        if (process.isPresent()) {
            process.get().close();
        } else {
            runtime.driverPids().forEach(ProcessRegistry::kill);
        }
    }

    @Override
    public void close() {
        try (Watchdog.Guard guard = Watchdog.arm(Duration.ofSeconds(10), this::abort)) {
            browser.close();
        } catch (RuntimeException e) {
            // Already disconnected.
        }
        process.ifPresent(ChromiumProcess::close);
        closeRuntime(runtime);
        profileDir.ifPresent(WorkDirs::deleteQuietly);
    }

    private static void closeRuntime(PlaywrightRuntime.Instance runtime) {
        try (Watchdog.Guard guard = Watchdog.arm(Duration.ofSeconds(10),
                () -> runtime.driverPids().forEach(ProcessRegistry::kill))) {
            runtime.playwright().close();
        } catch (RuntimeException e) {
            // The driver process is gone; the PIDs are killed below.
        }
        runtime.driverPids().forEach(ProcessRegistry::kill);
    }
}
