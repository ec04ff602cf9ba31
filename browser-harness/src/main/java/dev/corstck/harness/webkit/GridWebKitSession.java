package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One MiniBrowser session on a Selenium Grid, with one page. Its website data lives in memory in its own MiniBrowser
 * ({@code --automation}) and ends with it. WebKit shows neither console nor network: {@link #drainEvents()} is empty.
 */
final class GridWebKitSession implements EngineSession {

    private final ClassicPage page;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Runnable onClose = () -> { };

    GridWebKitSession(ClassicPage page) {
        this.page = page;
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        page.navigate(url, timeout);
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        return page.evaluateAsync(expression, timeout);
    }

    @Override
    public List<EngineEvent> drainEvents() {
        return List.of();
    }

    /** Answer whether this session is open and has answered every call in time. */
    boolean isHealthy() {
        return !closed.get() && page.isResponsive();
    }

    String browserVersion() {
        return page.browserVersion();
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    /**
     * End the Grid session (bounded), which frees its slot and ends its MiniBrowser; never throws. A wedged session
     * is left to the Grid's session timeout: its browser is the Grid's, not the harness's, to kill.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        page.quit(WebKitSession.QUIT_LIMIT);
        onClose.run();
    }
}
