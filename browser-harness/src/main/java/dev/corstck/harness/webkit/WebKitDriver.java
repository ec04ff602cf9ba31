package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Drive WebKitGTK's MiniBrowser through WebKitWebDriver, on a private Xvfb display (MiniBrowser cannot run headless).
 *
 * <p>WebDriver classic gives WebKit no isolated contexts, and WebKitWebDriver serves one session at a time, so each
 * {@link #openSession() session} is a MiniBrowser of its own; one is kept started ahead ("spare") so opening a session
 * rarely waits for a browser start. WebKit shows the harness neither console nor network, and cannot map host names
 * to loopback: see {@link #unmappedHosts()}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WebKitDriver implements EngineDriver {

    /** Why a page or target on a mapped host name cannot be reached in WebKit. */
    public static final String HOST_MAPPING_UNSUPPORTED = "WebKitGTK has no host-resolver setting: only 127.0.0.1,"
            + " localhost and *.localhost resolve to loopback";

    private static final EngineId ID = new EngineId("webkit", "webkitwebdriver", Set.of());

    private final LaunchSpec spec;
    private final Path dir;
    private final XvfbDisplay display;
    private final MiniBrowserLauncher launcher;
    private final SpareSession spare;
    private final String version;
    private final Set<WebKitSession> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "webkit-shutdown");

    private WebKitDriver(LaunchSpec spec, Path dir, XvfbDisplay display, MiniBrowserLauncher launcher,
            WebKitSession first) {
        this.spec = spec;
        this.dir = dir;
        this.display = display;
        this.launcher = launcher;
        this.version = first.browserVersion();
        this.spare = new SpareSession(launcher, spec.launchTimeout(), first);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Start Xvfb and a first MiniBrowser (the first session's, already warm), all within {@code spec.launchTimeout()}.
     * Host names in {@code spec.hostsToLoopback()} are accepted but stay unreachable ({@link #unmappedHosts()}).
     *
     * @throws EngineException when a program is missing or does not start in time; nothing is left running
     */
    public static WebKitDriver launch(LaunchSpec spec) throws EngineException {
        Instant deadline = Instant.now().plus(spec.launchTimeout());
        Executables.require(spec.executable(), "MiniBrowser");
        java.util.Optional<Path> configured = dev.corstck.harness.HarnessOptions.BrowserPaths.setting("webkit-driver");
        Path webDriver = configured.isPresent() ? Executables.require(configured.get(), "WebKitWebDriver")
                : Executables.find("WebKitWebDriver", "webkit2gtk-driver");
        Path dir = workDir(spec);
        @Nullable XvfbDisplay display = null;
        try {
            display = XvfbDisplay.start(dir.resolve("xvfb.log"), MiniBrowserLauncher.remaining(deadline));
            MiniBrowserLauncher launcher = new MiniBrowserLauncher(spec, webDriver, display.display(), dir);
            return new WebKitDriver(spec, dir, display, launcher, launcher.start(deadline));
        } catch (EngineException | RuntimeException e) {
            if (display != null) {
                display.close();
            }
            WebKitSession.deleteTree(dir);
            throw e instanceof EngineException ee ? ee : new EngineException("WebKit launch failed: " + e, e);
        }
    }

    @Override
    public EngineId id() {
        return ID;
    }

    @Override
    public String browserVersion() {
        return version;
    }

    /** Hand out the spare MiniBrowser (or start one) and begin warming the next. */
    @Override
    public EngineSession openSession() throws EngineException {
        if (closed.get()) {
            throw new EngineException("the WebKit driver is closed");
        }
        WebKitSession session = spare.take();
        open.add(session);
        session.onClose(() -> open.remove(session));
        return session;
    }

    /**
     * Return the host names of the launch spec that WebKit cannot resolve to loopback: pages or targets on them are
     * unreachable in this engine, and scenarios needing them should be skipped with {@link #HOST_MAPPING_UNSUPPORTED}.
     */
    public List<String> unmappedHosts() {
        return spec.hostsToLoopback();
    }

    /** Answer whether the display runs and every open session's browser runs and answers in time. */
    @Override
    public boolean isAlive() {
        return !closed.get() && display.isRunning() && open.stream().allMatch(WebKitSession::isHealthy);
    }

    /** Return every process this driver started so far (Xvfb, WebKitWebDrivers, MiniBrowsers, their children). */
    Set<ProcessHandle> knownProcesses() {
        Set<ProcessHandle> all = new HashSet<>(display.tree().known());
        launcher.started().forEach(t -> all.addAll(t.known()));
        return all;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        spare.close();
        List.copyOf(open).forEach(WebKitSession::close);
        display.close();
        WebKitSession.deleteTree(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // close() is running inside the hook itself.
        }
    }

    private static Path workDir(LaunchSpec spec) throws EngineException {
        try {
            Files.createDirectories(spec.workDir());
            return Files.createTempDirectory(spec.workDir(), "webkit-");
        } catch (IOException e) {
            throw new EngineException("cannot create a WebKit directory under " + spec.workDir() + ": " + e, e);
        }
    }
}
