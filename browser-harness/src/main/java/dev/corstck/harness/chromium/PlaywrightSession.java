package dev.corstck.harness.chromium;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.process.Watchdog;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Playwright browser context with one page and a CDP session on it (and on an out-of-process sandboxed frame,
 * where Chromium isolates it) for network events, preflights included, and log entries.
 *
 * <p>Playwright delivers events on the thread that calls it, so the event list needs no locking. Calls without a
 * Playwright timeout are bounded by a {@link Watchdog} that aborts the browser.
 */
final class PlaywrightSession implements EngineSession {

    private static final List<String> EVENTS = List.of("Network.requestWillBeSent",
            "Network.requestWillBeSentExtraInfo", "Network.responseReceived", "Network.loadingFailed",
            "Log.entryAdded");

    private final BrowserContext context;
    private final Page page;
    private final Runnable abort;
    private final List<CDPSession> cdpSessions = new ArrayList<>();
    private final List<EngineEvent> events = new ArrayList<>();
    private final CdpEvents translator = new CdpEvents();

    private PlaywrightSession(BrowserContext context, Page page, Runnable abort) {
        this.context = context;
        this.page = page;
        this.abort = abort;
    }

    /** Open a page in {@code context} and listen to its network and log events. */
    static PlaywrightSession open(BrowserContext context, Runnable abort) {
        PlaywrightSession session = new PlaywrightSession(context, context.newPage(), abort);
        session.listen(context.newCDPSession(session.page));
        return session;
    }

    private void listen(CDPSession cdp) {
        for (String event : EVENTS) {
            cdp.on(event, params -> events.addAll(translator.translate(event, params)));
        }
        cdp.send("Network.enable");
        cdp.send("Log.enable");
        cdpSessions.add(cdp);
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        try (Watchdog.Guard guard = Watchdog.arm(timeout.plusSeconds(2), abort)) {
            Response response = page.navigate(url.toString(),
                    new Page.NavigateOptions().setTimeout(timeout.toMillis()));
            if (response == null || response.status() != 200) {
                throw new EngineException("page " + url + " did not load: "
                        + (response == null ? "no response" : "status " + response.status()));
            }
            attachIsolatedFrames();
        } catch (PlaywrightException e) {
            throw new EngineException("page " + url + " did not load: " + firstLine(e), e);
        }
    }

    /** Listen to out-of-process child frames too (Chromium may isolate the sandboxed frame of an opaque page). */
    private void attachIsolatedFrames() {
        for (Frame frame : page.frames()) {
            if (frame == page.mainFrame()) {
                continue;
            }
            try {
                listen(context.newCDPSession(frame));
            } catch (PlaywrightException e) {
                // An in-process frame: the page's CDP session already sees its requests.
            }
        }
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        try (Watchdog.Guard guard = Watchdog.arm(timeout, abort)) {
            Object value = page.evaluate(expression);
            // One round trip on the CDP session, so events the browser sent before the result are delivered.
            cdpSessions.get(0).send("Runtime.evaluate", flushParams());
            return String.valueOf(value);
        } catch (PlaywrightException e) {
            throw new EngineException("evaluation failed: " + firstLine(e), e);
        }
    }

    private static JsonObject flushParams() {
        JsonObject p = new JsonObject();
        p.addProperty("expression", "0");
        return p;
    }

    @Override
    public List<EngineEvent> drainEvents() {
        List<EngineEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }

    @Override
    public void close() {
        try (Watchdog.Guard guard = Watchdog.arm(Duration.ofSeconds(10), abort)) {
            context.close();
        } catch (RuntimeException e) {
            // The browser may be gone already; nothing to close then.
        }
    }

    /** Return the first meaningful line of an exception's message (Playwright wraps it in {@code Error {…}}). */
    static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage()).strip();
        int quoted = m.indexOf("message='");
        if (quoted >= 0) {
            m = m.substring(quoted + "message='".length());
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
