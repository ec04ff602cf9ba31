package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one MiniBrowser session started ahead of need, so {@link #take()} usually returns at once instead of waiting
 * for a browser start. The spare is started on a background thread after each take.
 */
final class SpareSession implements AutoCloseable {

    private final MiniBrowserLauncher launcher;
    private final Duration startTimeout;
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "webkit-spare");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<@Nullable WebKitSession> next;
    private volatile boolean closed;

    SpareSession(MiniBrowserLauncher launcher, Duration startTimeout, WebKitSession first) {
        this.launcher = launcher;
        this.startTimeout = startTimeout;
        this.next = CompletableFuture.completedFuture(first);
    }

    /** Return the spare (waiting for it if it is still starting) or a new session, and start warming the next. */
    synchronized WebKitSession take() throws EngineException {
        CompletableFuture<@Nullable WebKitSession> ready = next;
        next = CompletableFuture.supplyAsync(this::startOrNull, warmer);
        WebKitSession session = await(ready);
        if (session != null && session.isHealthy()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        return launcher.start(Instant.now().plus(startTimeout));
    }

    /** Stop warming and close the spare, waiting at most the start timeout for one being started; never throws. */
    @Override
    public synchronized void close() {
        closed = true;
        warmer.shutdown();
        WebKitSession pending = await(next);
        if (pending != null) {
            pending.close();
        }
    }

    private @Nullable WebKitSession startOrNull() {
        if (closed) {
            return null; // never lock here: take() holds the lock while it waits for this very task
        }
        try {
            return launcher.start(Instant.now().plus(startTimeout));
        } catch (EngineException e) {
            return null; // take() starts one in the foreground and reports that failure instead
        }
    }

    private @Nullable WebKitSession await(CompletableFuture<@Nullable WebKitSession> future) {
        try {
            return future.get(startTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
