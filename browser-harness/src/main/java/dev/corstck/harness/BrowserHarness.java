package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.corstck.harness.session.DefaultBrowserHarness;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Run cross-origin fetches in real browsers from pages on chosen origins and observe what they allow.
 *
 * <pre>{@code
 * try (BrowserHarness harness = BrowserHarness.create(HarnessOptions.defaults())) {
 *     PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));
 *     Observation o = harness.run(Engine.CHROMIUM, page, FetchCall.get("http://localhost:8080/api"));
 * }
 * }</pre>
 *
 * <p>Engines start on first use (or {@link #warmUp()}), are reused across calls, and are restarted after a crash or
 * hang: the lost calls come back as {@link Outcome#ERROR}. Calls from several threads are serialized, except calls
 * to different sessions ({@link Engine#session(int)}) of one Selenium Grid or of the local Playwright Chromium, which
 * run side by side. Closing it
 * ends every browser, driver and Xvfb process it started (a shutdown hook does the same on Ctrl-C).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BrowserHarness extends AutoCloseable {

    /** Create a harness; nothing starts until first use. */
    static BrowserHarness create(HarnessOptions options) {
        return new DefaultBrowserHarness(options);
    }

    /** Return the options this harness was created with. */
    HarnessOptions options();

    /** Start every engine named in {@link HarnessOptions#engines()} now. @throws HarnessException if one fails */
    void warmUp();

    /**
     * Start serving pages on {@code origin} and return it with its bound port (port 0 becomes a free port).
     *
     * @throws HarnessException when the port cannot be bound (in use, or below 1024 without privileges) or https is
     *     off
     */
    PageOrigin bind(PageOrigin origin);

    /** Run one call in a fresh browsing context. */
    Observation run(Engine engine, PageOrigin page, FetchCall call);

    /**
     * Run calls from one page. {@link BatchMode#SEQUENTIAL_SHARED_CONTEXT} and
     * {@link BatchMode#PARALLEL_SHARED_CONTEXT} share one fresh context (preflight cache and cookies carry over);
     * {@link BatchMode#ISOLATED} gives each call its own. Observations come back in call order.
     */
    List<Observation> run(Engine engine, PageOrigin page, List<FetchCall> calls, BatchMode mode);

    /** Run each call in its own fresh context; same as {@code run(engine, page, calls, BatchMode.ISOLATED)}. */
    default List<Observation> runIsolated(Engine engine, PageOrigin page, List<FetchCall> calls) {
        return run(engine, page, calls, BatchMode.ISOLATED);
    }

    /**
     * Return how many sessions of {@code engine} can run at once: for a Selenium Grid the Chrome slots its
     * {@code /status} shows free, plus those this harness holds, less one for a {@code webkit@grid:} of this harness on
     * the same Grid, at most 4 (polite on a Grid others use), 1 when its status cannot be read; for WebKit on a Grid
     * the free MiniBrowser slots, at most 4; for the local Playwright Chromium 1 lane, or {@code
     * -Dcors.tck.chromium.lanes} (1-8: on 2 cores a second lane costs more than the waits it fills, see the README);
     * 1 for every other engine (one local browser, one remote browser).
     */
    default int sessionsAtOnce(Engine engine) {
        return 1;
    }

    /** Return what is known about a started engine (version, capabilities, PIDs, restarts). */
    Optional<EngineInfo> engineInfo(Engine engine);

    /** Stop every engine and page listener; never throws. */
    @Override
    void close();
}
