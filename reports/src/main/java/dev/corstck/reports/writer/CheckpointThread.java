package dev.corstck.reports.writer;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The thread an {@link IncrementalReportWriter} writes its checkpoints on ({@link
 * IncrementalReportWriter.Checkpoints#IN_BACKGROUND}): at most one waits at a time (a checkpoint asked for while
 * one waits is that one: it reads the report when it runs), and the first failure is kept for the caller's next
 * call. Thread-safe.
 */
final class CheckpointThread {

    private @Nullable ExecutorService pool;
    private boolean waiting;
    private @Nullable IOException failure;

    /** Queue {@code checkpoint} unless one is waiting. */
    synchronized void request(Runnable checkpoint) {
        if (waiting) {
            return;
        }
        if (pool == null) {
            pool = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "cors-tck-report-checkpoint");
                thread.setDaemon(true); // never keeps the JVM: the writer's close() and complete() wait for it
                return thread;
            });
        }
        waiting = true;
        pool.execute(() -> {
            synchronized (this) {
                waiting = false;
            }
            checkpoint.run();
        });
    }

    /** Keep the first failure of a checkpoint. */
    synchronized void failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Throw the first failure of a checkpoint, if there was one. */
    synchronized void throwFailure() throws IOException {
        if (failure != null) {
            throw new IOException("a checkpoint of the report failed: " + failure.getMessage(), failure);
        }
    }

    /** Stop the thread once a checkpoint under way has ended (the caller then writes the last report). */
    void end() {
        ExecutorService ending;
        synchronized (this) {
            ending = pool;
            pool = null;
        }
        if (ending == null) {
            return;
        }
        ending.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (ending.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // a half-written checkpoint must end before the last write replaces it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
