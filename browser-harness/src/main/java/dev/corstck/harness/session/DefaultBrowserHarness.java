package dev.corstck.harness.session;

import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.EngineInfo;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessException;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.chromium.GridStatus;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.page.PageServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The {@link BrowserHarness} implementation: one page server, one lazily started slot per engine. Calls are
 * serialized (Playwright objects must not be used concurrently), except those to a Selenium Grid or the local
 * Playwright Chromium, which hold their slot's lock only: each Grid session is its own remote browser behind its own
 * WebDriver connection, and each Chromium lane ({@link Engine#session(int)} above 0) its own Playwright instance
 * connected to session 0's Chromium, so several run side by side. {@link #engineInfo} takes no lock, so it answers
 * while a call runs.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DefaultBrowserHarness implements BrowserHarness {

    /**
     * Lanes of the local Chromium (see {@link BrowserHarness#sessionsAtOnce}): 1, or {@code -Dcors.tck.chromium.lanes}
     * (1 to 8; 1 runs pages one after another), read when a harness is made. Each lane costs CPU beyond its Node
     * driver: Playwright's {@code connectOverCDP} attaches every connection to every page of the browser, so a page is
     * set up once per lane. On a quiet 2-core machine the main job took 13.2-13.4 s with 1 lane and 14.4-14.7 s with
     * 2 (3 interleaved runs each), so one lane is the default.
     */
    private final int chromiumLanes = Math.max(1, Math.min(8, Integer.getInteger("cors.tck.chromium.lanes", 1)));

    private final HarnessOptions options;
    private final PageServer pages;
    private final BatchRunner runner;
    private final Map<Engine, EngineSlot> slots = new ConcurrentHashMap<>();
    private final Map<PageOrigin, PageOrigin> ephemeral = new HashMap<>();
    private volatile boolean closed;
    private boolean holdsPageOrigins;

    /** Create a harness; nothing starts until first use. */
    public DefaultBrowserHarness(HarnessOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.pages = new PageServer(options.workDir().resolve("tls"), options.https());
        this.runner = new BatchRunner(options);
    }

    @Override
    public HarnessOptions options() {
        return options;
    }

    @Override
    public synchronized void warmUp() {
        for (Engine engine : options.engines()) {
            // the local Chromium's lanes too: warm-up runs beside the wire stage, off the browser stage's path
            int sessions = engine.kind() == Engine.Kind.CHROMIUM_PLAYWRIGHT ? chromiumLanes : 1;
            for (int n = 0; n < sessions; n++) {
                EngineSlot slot = slot(engine.session(n));
                try {
                    synchronized (slot) {
                        slot.driver();
                    }
                } catch (EngineException e) {
                    throw new HarnessException(engine.session(n) + " did not start: " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public synchronized PageOrigin bind(PageOrigin origin) {
        requireOpen();
        if (origin.port() == 0 && ephemeral.containsKey(origin.hostOrigin())) {
            return retag(origin, ephemeral.get(origin.hostOrigin()));
        }
        // An origin this harness bound on a free port comes back here with that port (run() re-binds its page):
        // it is ours already, no fixed port of the namespace, so it takes no lock.
        boolean ours = ephemeral.values().stream().anyMatch(p -> p.port() == origin.port());
        if (origin.port() != 0 && !holdsPageOrigins && !ours) {
            PageOriginLock.acquire(); // one harness per network namespace serves fixed-port origins at a time
            holdsPageOrigins = true;
        }
        PageOrigin bound = pages.bind(origin.hostOrigin());
        if (origin.port() == 0) {
            ephemeral.put(origin.hostOrigin(), bound);
        }
        return retag(origin, bound);
    }

    private static PageOrigin retag(PageOrigin requested, PageOrigin bound) {
        return requested.isOpaque() ? PageOrigin.opaque(bound) : bound;
    }

    @Override
    public Observation run(Engine engine, PageOrigin page, FetchCall call) {
        return run(engine, page, List.of(call), BatchMode.ISOLATED).get(0);
    }

    @Override
    public List<Observation> run(Engine engine, PageOrigin page, List<FetchCall> calls, BatchMode mode) {
        Objects.requireNonNull(mode, "mode must not be null");
        EngineSlot slot;
        PageOrigin bound;
        synchronized (this) {
            requireOpen();
            if (calls.isEmpty()) {
                return List.of();
            }
            slot = slot(engine);
            bound = bind(page);
        }
        boolean ownLock = engine.kind().isGrid() || engine.kind() == Engine.Kind.CHROMIUM_PLAYWRIGHT;
        synchronized (ownLock ? slot : this) {
            requireOpen();
            return runner.run(slot, engine, bound, List.copyOf(calls), mode);
        }
    }

    @Override
    public int sessionsAtOnce(Engine engine) {
        if (engine.kind() == Engine.Kind.CHROMIUM_PLAYWRIGHT) {
            return chromiumLanes;
        }
        if (!engine.kind().isGrid()) {
            return 1;
        }
        if (engine.kind() == Engine.Kind.WEBKIT_GRID) {
            // A WebKit lane holds a Grid session only while it runs a page: between stages the Grid shows it free.
            return GridStatus.freeSlots(engine.endpoint().orElseThrow(), GridStatus.MINIBROWSER)
                    .map(free -> (int) Math.min(GridStatus.MAX_SESSIONS, Math.max(1, free))).orElse(1);
        }
        long ours = slots.entrySet().stream().filter(e -> e.getKey().kind() == engine.kind()
                && e.getKey().endpoint().equals(engine.endpoint()) && e.getValue().info().isPresent()).count();
        // A Chrome lane keeps its session as long as the harness: leave a session of the Grid to a WebKit of this
        // run on the same Grid, else its request would wait in the Grid's queue until it timed out.
        long webKitThere = options.engines().stream().filter(e -> e.kind() == Engine.Kind.WEBKIT_GRID
                && e.endpoint().equals(engine.endpoint())).count();
        return GridStatus.freeSlots(engine.endpoint().orElseThrow(), GridStatus.CHROME)
                .map(free -> (int) Math.min(GridStatus.MAX_SESSIONS, Math.max(1, free + ours - webKitThere)))
                .orElse(1);
    }

    @Override
    public Optional<EngineInfo> engineInfo(Engine engine) {
        return Optional.ofNullable(slots.get(engine)).flatMap(EngineSlot::info);
    }

    private EngineSlot slot(Engine engine) {
        Objects.requireNonNull(engine, "engine must not be null");
        // A Chromium lane connects to session 0's browser; that slot is made first (no nested computeIfAbsent).
        Optional<EngineSlot> base = engine.kind() == Engine.Kind.CHROMIUM_PLAYWRIGHT && engine.session() > 0
                ? Optional.of(slot(engine.session(0))) : Optional.empty();
        return slots.computeIfAbsent(engine, e -> new EngineSlot(e, options, base));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the harness is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // lanes first: they are connections to session 0's Chromium, which closing session 0 ends
        slots.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> -e.getKey().session()))
                .forEach(e -> e.getValue().close());
        slots.clear();
        pages.close();
        if (holdsPageOrigins) {
            holdsPageOrigins = false;
            PageOriginLock.release();
        }
    }
}
