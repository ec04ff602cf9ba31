package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking WebDriver calls on a thread of their own so the caller can stop waiting at a deadline. WebKitWebDriver
 * can hang forever (e.g. {@code POST /session} when MiniBrowser dies at start); the caller's timeout must hold anyway.
 * A call that overran leaves the worker "wedged": the browser behind it is not trusted again.
 */
final class BoundedWorker {

    private final ExecutorService thread;
    private volatile String wedged = "";

    BoundedWorker(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Run {@code call} and wait at most {@code timeout}; WebDriver failures become {@link EngineException}s. */
    <T> T call(String what, Duration timeout, Callable<T> call) throws EngineException {
        Future<T> result;
        try {
            result = thread.submit(call);
        } catch (RuntimeException shutDown) {
            throw new EngineException(what + ": the session is closed");
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            wedged = what + " did not answer within " + timeout;
            throw new EngineException(wedged);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof EngineException ee ? ee
                    : new EngineException(what + " failed: " + firstLine(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new EngineException("interrupted during " + what, e);
        }
    }

    /** Answer whether no call has overrun its deadline. */
    boolean isResponsive() {
        return wedged.isEmpty();
    }

    void shutdown() {
        thread.shutdownNow();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
