package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * WebKitGTK's MiniBrowser on a Selenium Grid 4 ({@code webkit@grid:URL}): each {@link #openSession() session} is a
 * WebDriver session of its own, so a MiniBrowser of its own, as WebDriver classic gives WebKit no isolated contexts.
 *
 * <p>Grid's Java node has no WebKitGTK driver to run, so a node offers WebKit by relaying to a WebKitWebDriver that
 * serves one session at a time ({@code --service-url http://127.0.0.1:P --service-configuration max-sessions=1
 * stereotype='{"browserName":"MiniBrowser"}'}), started with {@code DISPLAY} on an X server (MiniBrowser has no
 * headless mode). The sessions ask for the capabilities a local WebKit session has; the MiniBrowser binary is named
 * only when the Grid is on loopback, where this machine's path is the node's. As for the local WebKit, no console,
 * no network and no host mapping: only loopback names reach the page server.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WebKitGridDriver implements EngineDriver {

    private static final EngineId ID = new EngineId("webkit", "grid", Set.of());
    private static final Duration READ_SLACK = Duration.ofSeconds(30);

    private final URI grid;
    private final LaunchSpec spec;
    private final String version;
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<GridWebKitSession> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private WebKitGridDriver(URI grid, LaunchSpec spec, String version) {
        this.grid = grid;
        this.spec = spec;
        this.version = version;
    }

    /**
     * Open and end a first MiniBrowser session on {@code grid} within {@code spec.launchTimeout()}: it proves the Grid
     * offers WebKit and tells its version. Ended at once, so that this driver holds a Grid slot only while a session
     * of it is open, and a Grid shared with the run's Chrome (whose sessions last as long as the harness) is not
     * starved.
     *
     * @throws EngineException when the Grid has no MiniBrowser slot or the session does not start in time
     */
    public static WebKitGridDriver remote(URI grid, LaunchSpec spec) throws EngineException {
        GridWebKitSession probe = start(grid, spec, "webkit-grid-0");
        try {
            return new WebKitGridDriver(grid, spec, probe.browserVersion());
        } finally {
            probe.close();
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

    /** Start a new MiniBrowser on the Grid: a session of its own, sharing no website data with another. */
    @Override
    public EngineSession openSession() throws EngineException {
        if (closed.get()) {
            throw new EngineException("the WebKit Grid driver is closed");
        }
        GridWebKitSession session = start(grid, spec, "webkit-grid-" + counter.incrementAndGet());
        open.add(session);
        session.onClose(() -> open.remove(session));
        return session;
    }

    /** Answer whether every open session has answered in time (the browsers are the Grid's, not ours to watch). */
    @Override
    public boolean isAlive() {
        return !closed.get() && open.stream().allMatch(GridWebKitSession::isHealthy);
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        List.copyOf(open).forEach(GridWebKitSession::close);
    }

    private static GridWebKitSession start(URI grid, LaunchSpec spec, String name) throws EngineException {
        BoundedWorker worker = new BoundedWorker(name);
        try {
            RemoteWebDriver driver = worker.call("creating a MiniBrowser session on " + grid, spec.launchTimeout(),
                    () -> (RemoteWebDriver) RemoteWebDriver.builder().oneOf(MiniBrowserLauncher.capabilities(spec,
                            binary(grid, spec))).address(grid).config(clientConfig(spec)).build());
            return new GridWebKitSession(new ClassicPage(driver, worker, spec.actionTimeout()));
        } catch (EngineException e) {
            worker.shutdown();
            throw new EngineException("no WebKit (MiniBrowser) session at " + grid + ": " + e.getMessage()
                    + " (a Grid node offers WebKit by relaying to a WebKitWebDriver: --service-url "
                    + "http://127.0.0.1:PORT --service-configuration max-sessions=1 "
                    + "stereotype='{\"browserName\":\"MiniBrowser\"}'; a Grid queues the request while no such "
                    + "slot is free, or while the node runs its --max-sessions already, e.g. the kit's Chrome "
                    + "session)", e);
        }
    }

    /** Name this machine's MiniBrowser only to a Grid on loopback, whose node is this machine. */
    private static Optional<Path> binary(URI grid, LaunchSpec spec) {
        boolean loopback = "127.0.0.1".equals(grid.getHost()) || "localhost".equals(grid.getHost());
        return loopback && Files.isExecutable(spec.executable()) ? Optional.of(spec.executable()) : Optional.empty();
    }

    private static ClientConfig clientConfig(LaunchSpec spec) {
        Duration longest = spec.launchTimeout().compareTo(spec.actionTimeout()) > 0 ? spec.launchTimeout()
                : spec.actionTimeout();
        // The worker's deadline is what callers see; this read timeout only frees a thread stuck on a dead Grid.
        return ClientConfig.defaultConfig().connectionTimeout(Duration.ofSeconds(10))
                .readTimeout(longest.plus(READ_SLACK));
    }
}
