package dev.corstck.harness.firefox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineId.Capability;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessTree;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Drive Firefox ESR over its built-in WebDriver BiDi endpoint: no geckodriver, one WebSocket.
 *
 * <p>Each {@link #openSession() session} is a BiDi user context, so cookies, the HTTP cache and the CORS-preflight
 * cache are never shared between sessions (Firefox keys all three by origin attributes, which include the user
 * context). Console lines, including Firefox's "Cross-Origin Request Blocked … (Reason: …)" text, and network events,
 * preflights included, reach the session whose page caused them.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FirefoxBidiDriver implements EngineDriver {

    private static final Set<Capability> OBSERVABLE = Set.of(Capability.CONSOLE, Capability.NETWORK);
    private static final Duration PING_LIMIT = Duration.ofSeconds(2);
    /** How long a closing Firefox may take to exit by itself; the profile is thrown away, so then it is killed. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(1);

    private final EngineId id;
    private final FirefoxProfile profile;
    private final FirefoxProcess process;
    private final BidiConnection bidi;
    private final ContextRouter router;
    private final String version;
    private final Duration actionTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private FirefoxBidiDriver(EngineId id, FirefoxProfile profile, FirefoxProcess process, BidiConnection bidi,
            ContextRouter router, String version, Duration actionTimeout) {
        this.id = id;
        this.profile = profile;
        this.process = process;
        this.bidi = bidi;
        this.router = router;
        this.version = version;
        this.actionTimeout = actionTimeout;
        this.shutdownHook = new Thread(this::close, "firefox-bidi-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Start Firefox on a fresh profile and open a BiDi session observing console and network, all within
     * {@code spec.launchTimeout()}.
     *
     * @throws EngineException when Firefox cannot start or does not answer in time; nothing is left running
     */
    public static FirefoxBidiDriver launch(LaunchSpec spec) throws EngineException {
        return launch(spec, OBSERVABLE);
    }

    /**
     * Start Firefox like {@link #launch(LaunchSpec)}, observing only what {@code observe} names. Firefox's network
     * events cost it about 40 ms per {@code evaluateAsync} round trip and about a third of in-page batch speed; leave
     * out {@link Capability#NETWORK} when the server-side log is evidence enough.
     *
     * @throws EngineException when Firefox cannot start or does not answer in time; nothing is left running
     */
    public static FirefoxBidiDriver launch(LaunchSpec spec, Set<Capability> observe) throws EngineException {
        Set<Capability> observed = observe.stream().filter(OBSERVABLE::contains).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(spec.launchTimeout());
        FirefoxProfile profile = FirefoxProfile.create(spec);
        @Nullable FirefoxProcess process = null;
        @Nullable BidiConnection bidi = null;
        try {
            process = FirefoxProcess.start(spec.executable(), profile.dir());
            HttpClient client = BidiConnection.newClient(); // while Firefox starts
            URI url = process.awaitBidiUrl(remaining(deadline));
            ContextRouter router = new ContextRouter();
            bidi = BidiConnection.connect(client, url, remaining(deadline), router);
            JsonObject session = bidi.call("session.new", newSessionParams(), remaining(deadline));
            bidi.call("session.subscribe", subscribeParams(observed), remaining(deadline));
            String version = BidiEvents.text(session.getAsJsonObject("capabilities"), "browserVersion");
            return new FirefoxBidiDriver(new EngineId("firefox", "bidi", observed), profile, process, bidi, router,
                    version, spec.actionTimeout());
        } catch (EngineException | RuntimeException e) {
            throw abandon(e, profile, process, bidi);
        }
    }

    /** End what a failed launch started and return the failure to throw. */
    private static EngineException abandon(Exception failure, FirefoxProfile profile,
            @Nullable FirefoxProcess process, @Nullable BidiConnection bidi) {
        if (bidi != null) {
            bidi.close();
        }
        if (process != null) {
            process.tree().end(Duration.ZERO);
        }
        profile.delete();
        return failure instanceof EngineException ee ? ee : new EngineException("Firefox launch failed: " + failure,
                failure);
    }

    @Override
    public EngineId id() {
        return id;
    }

    @Override
    public String browserVersion() {
        return version;
    }

    @Override
    public EngineSession openSession() throws EngineException {
        if (closed.get()) {
            throw new EngineException("the Firefox driver is closed");
        }
        FirefoxSession session = FirefoxSession.open(bidi, router, actionTimeout);
        process.tree().refresh();
        return session;
    }

    /** Answer whether Firefox runs (not stopped, not a zombie), its socket is open and it answers a ping. */
    @Override
    public boolean isAlive() {
        if (closed.get() || !process.tree().isRunning() || !bidi.isOpen()) {
            return false;
        }
        try {
            bidi.call("session.status", new JsonObject(), min(actionTimeout, PING_LIMIT));
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    /** Return the Firefox main process, for tests and diagnostics. */
    ProcessTree processTree() {
        return process.tree();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        boolean closing = process.tree().isRunning() && bidi.isOpen() && askToClose();
        bidi.close();
        // A stopped, dead or unanswering browser gets no grace period: its tree is killed at once.
        process.tree().end(closing ? EXIT_GRACE : Duration.ZERO);
        profile.delete();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // close() is running inside the hook itself.
        }
    }

    private boolean askToClose() {
        try {
            bidi.call("browser.close", new JsonObject(), min(actionTimeout, EXIT_GRACE));
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    private static JsonObject newSessionParams() {
        JsonObject alwaysMatch = new JsonObject();
        alwaysMatch.addProperty("acceptInsecureCerts", true);
        JsonObject capabilities = new JsonObject();
        capabilities.add("alwaysMatch", alwaysMatch);
        JsonObject params = new JsonObject();
        params.add("capabilities", capabilities);
        return params;
    }

    private static JsonObject subscribeParams(Set<Capability> observe) {
        JsonArray events = new JsonArray();
        BidiEvents.subscriptions(observe).forEach(events::add);
        JsonObject params = new JsonObject();
        params.add("events", events);
        return params;
    }

    private static Duration remaining(Instant deadline) throws EngineException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new EngineException("Firefox did not start within the launch timeout");
        }
        return left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
