package dev.corstck.tck.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * Run many probes with a fixed number of workers and one deadline for the whole run. Results come back in job order;
 * a job the deadline caught before it finished is a {@link ProbeFailure.Timeout} in phase
 * {@link ProbeFailure.Phase#RUN_DEADLINE}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProbeRunner implements AutoCloseable {

    private static final AtomicInteger RUNNERS = new AtomicInteger();

    private final WireProber prober;
    private final ExecutorService workers;

    /**
     * Use {@code prober} (not closed by this runner) with {@code workerCount} threads.
     *
     * @throws IllegalArgumentException when {@code workerCount} is not 1 to 256
     */
    public ProbeRunner(WireProber prober, int workerCount) {
        this.prober = Objects.requireNonNull(prober, "prober must not be null");
        if (workerCount < 1 || workerCount > 256) {
            throw new IllegalArgumentException("workerCount must be 1 to 256, got " + workerCount);
        }
        int runner = RUNNERS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "cors-tck-probe-" + runner + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Send every job and return the exchanges in job order, all within {@code runDeadline}. */
    public List<Exchange> run(List<ProbeJob> jobs, Duration runDeadline) {
        Deadline deadline = Deadline.after(Objects.requireNonNull(runDeadline, "runDeadline must not be null"));
        List<Future<Exchange>> futures = new ArrayList<>(jobs.size());
        for (ProbeJob job : jobs) {
            futures.add(workers.submit(() -> prober.exchange(job.target(), job.request())));
        }
        List<Exchange> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            results.add(await(futures.get(i), jobs.get(i), deadline));
        }
        return results;
    }

    private static Exchange await(Future<Exchange> future, ProbeJob job, Deadline deadline) {
        try {
            return future.get(Math.max(0, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            return notRun(job, deadline);
        } catch (ExecutionException e) {
            throw new IllegalStateException("probe of " + job.target() + " failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return notRun(job, deadline);
        }
    }

    private static Exchange notRun(ProbeJob job, Deadline deadline) {
        return new Exchange(job.target(), job.request(), new ProbeOutcome.Failed(
                new ProbeFailure.Timeout(ProbeFailure.Phase.RUN_DEADLINE, deadline.limit())),
                Timing.notRun(Instant.now()));
    }

    /** Stop the workers; probes in flight end at their own deadlines. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
