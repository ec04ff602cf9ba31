package dev.corstck.harness.firefox;

import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One BiDi user context (its own cookie jar, HTTP cache and CORS-preflight cache) with one tab in it.
 */
final class FirefoxSession implements EngineSession {

    private static final Duration FLUSH_LIMIT = Duration.ofSeconds(2);

    private final BidiConnection bidi;
    private final ContextRouter router;
    private final String userContext;
    private final String context;
    private final Queue<EngineEvent> events;
    private final Duration closeTimeout;

    private FirefoxSession(BidiConnection bidi, ContextRouter router, String userContext, String context,
            Queue<EngineEvent> events, Duration closeTimeout) {
        this.bidi = bidi;
        this.router = router;
        this.userContext = userContext;
        this.context = context;
        this.events = events;
        this.closeTimeout = closeTimeout;
    }

    /** Create a user context and a tab in it, each step bounded by {@code timeout}. */
    static FirefoxSession open(BidiConnection bidi, ContextRouter router, Duration timeout) throws EngineException {
        String userContext = BidiEvents.text(bidi.call("browser.createUserContext", new JsonObject(), timeout),
                "userContext");
        Queue<EngineEvent> events = new ConcurrentLinkedQueue<>();
        router.registerUserContext(userContext, events);
        JsonObject create = new JsonObject();
        create.addProperty("type", "tab");
        create.addProperty("userContext", userContext);
        try {
            String context = BidiEvents.text(bidi.call("browsingContext.create", create, timeout), "context");
            router.bind(context, events);
            return new FirefoxSession(bidi, router, userContext, context, events, timeout);
        } catch (EngineException e) {
            router.unregister(events);
            removeUserContext(bidi, userContext, timeout);
            throw e;
        }
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        JsonObject params = new JsonObject();
        params.addProperty("context", context);
        params.addProperty("url", url.toString());
        params.addProperty("wait", "complete");
        bidi.call("browsingContext.navigate", params, timeout);
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        JsonObject target = new JsonObject();
        target.addProperty("context", context);
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.add("target", target);
        params.addProperty("awaitPromise", true);
        params.addProperty("resultOwnership", "none");
        return ScriptResults.string(bidi.call("script.evaluate", params, timeout));
    }

    /**
     * Return the events seen so far. Firefox often reports a CORS console line a few milliseconds after the script's
     * result; a no-op evaluation in the page first lets the entries queued before it arrive (30 of 30 in our
     * measurements, against 6 of 30 without).
     */
    @Override
    public List<EngineEvent> drainEvents() {
        flush();
        List<EngineEvent> drained = new ArrayList<>();
        for (EngineEvent e = events.poll(); e != null; e = events.poll()) {
            drained.add(e);
        }
        return drained;
    }

    private void flush() {
        JsonObject target = new JsonObject();
        target.addProperty("context", context);
        JsonObject params = new JsonObject();
        params.addProperty("expression", "0");
        params.add("target", target);
        params.addProperty("awaitPromise", false);
        params.addProperty("resultOwnership", "none");
        try {
            bidi.call("script.evaluate", params, FLUSH_LIMIT);
        } catch (EngineException e) {
            // The page navigates or the browser is gone: return what has arrived.
        }
    }

    /** Remove the user context, which closes its tab and drops its cookies and caches; never throws. */
    @Override
    public void close() {
        router.unregister(events);
        removeUserContext(bidi, userContext, closeTimeout);
    }

    private static void removeUserContext(BidiConnection bidi, String userContext, Duration timeout) {
        JsonObject params = new JsonObject();
        params.addProperty("userContext", userContext);
        try {
            bidi.call("browser.removeUserContext", params, timeout);
        } catch (EngineException e) {
            // The browser is gone or wedged; the driver's close() ends it.
        }
    }
}
