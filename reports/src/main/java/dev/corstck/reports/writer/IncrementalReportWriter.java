package dev.corstck.reports.writer;

import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Build a report while the kit runs and keep a valid report directory on disk all along.
 *
 * <p>Every {@link #addFindings} may write a checkpoint: at most once per {@code checkpointInterval}, and never
 * sooner than ten times the last write took, so checkpoints of a large report cost at most about a tenth of the
 * run. Each checkpoint is a complete set of files marked {@code complete=false}. {@link #complete()} writes the final report;
 * {@link #close()} without it (an exception, Ctrl-C through {@link #installShutdownHook()}) writes what there is,
 * marked incomplete. Thread-safe.
 *
 * <pre>{@code
 * try (var writer = IncrementalReportWriter.open(dir, run).installShutdownHook()) {
 *     writer.startTarget(url, "Express cors", policyYaml);
 *     for (var batch : batches) writer.addFindings(url, grade(batch));
 *     writer.setAgreement(url, agreements);
 *     Report report = writer.complete();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IncrementalReportWriter implements AutoCloseable {

    /** The default least time between two checkpoints: {@value} seconds. */
    public static final long DEFAULT_CHECKPOINT_SECONDS = 5;

    private final Path dir;
    private final ReportWriter writer;
    private final Duration checkpointInterval;
    private final Clock clock;
    private final Map<String, TargetState> targets = new LinkedHashMap<>();
    private RunInfo run;
    private long lastWrite;
    private long lastWriteMillis;
    private long lastWriteFindings;
    private long firstWriteMillis = -1;
    private double bestRate = Double.NaN;
    private boolean completed;
    private boolean closed;
    private @Nullable Thread shutdownHook;
    private Function<TargetReport, List<RootCause>> causes = target -> List.of();

    private IncrementalReportWriter(Path dir, RunInfo run, ReportWriter writer, Duration interval, Clock clock) {
        this.dir = dir;
        this.run = run;
        this.writer = writer;
        this.checkpointInterval = interval;
        this.clock = clock;
    }

    /** Open a writer of every format, checkpointing at most every {@value #DEFAULT_CHECKPOINT_SECONDS} s. */
    public static IncrementalReportWriter open(Path dir, RunInfo run) throws IOException {
        return open(dir, run, ReportWriter.allFormats(), Duration.ofSeconds(DEFAULT_CHECKPOINT_SECONDS),
                Clock.systemUTC());
    }

    /** Open a writer and write an empty, incomplete report at once, so the directory is valid from the start. */
    public static IncrementalReportWriter open(Path dir, RunInfo run, ReportWriter writer,
                                               Duration checkpointInterval, Clock clock) throws IOException {
        IncrementalReportWriter incremental = new IncrementalReportWriter(Objects.requireNonNull(dir, "dir"),
                Objects.requireNonNull(run, "run"), writer, checkpointInterval, clock);
        AtomicFiles.deleteStaleTemporaries(dir);
        incremental.checkpoint();
        return incremental;
    }

    /** Write an incomplete report if the JVM shuts down (e.g. Ctrl-C) before {@link #complete()}. */
    public synchronized IncrementalReportWriter installShutdownHook() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::closeQuietly, "cors-tck-report-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    /**
     * Record the version of {@code engine} (known only once a browser has started) in the run's engine list; an
     * engine the run does not list, or a blank version, changes nothing.
     */
    public synchronized void setEngineVersion(dev.corstck.reports.model.Engine engine, String version) {
        if (version == null || version.isBlank()) {
            return;
        }
        java.util.List<dev.corstck.reports.model.EngineInfo> engines = run.engines().stream()
                .map(e -> e.engine().equals(engine) ? new dev.corstck.reports.model.EngineInfo(e.engine(),
                        version.strip(), e.detail()) : e).toList();
        run = new RunInfo(run.toolVersion(), run.startedAt(), run.finishedAt(), run.commandLine(), engines,
                run.strict(), run.complete());
    }

    /**
     * Group each target's findings into root causes with {@code analysis} whenever the report is built (each
     * checkpoint and the final write); without it the writers group by rule.
     */
    public synchronized IncrementalReportWriter groupCausesWith(Function<TargetReport, List<RootCause>> analysis) {
        causes = Objects.requireNonNull(analysis, "analysis must not be null");
        return this;
    }

    /** Declare a target (its URL or name, display label and policy text) before adding its findings. */
    public synchronized void startTarget(String target, String label, String policy) {
        requireOpen();
        targets.putIfAbsent(target, new TargetState(target, label, policy));
    }

    /** Add a batch of findings to a started target, and write a checkpoint if the interval has passed. */
    public synchronized void addFindings(String target, List<Finding> findings) throws IOException {
        state(target).findings.addAll(findings);
        long wait = Math.max(checkpointInterval.toMillis(), 10 * lastWriteMillis);
        long count = findingCount();
        // Two early checkpoints, at 500 and 2,000 findings, measure the write rate (see estimatedWriteMillis).
        boolean measure = lastWriteFindings < 500 && count >= 500 || lastWriteFindings < 2000 && count >= 2000;
        if (measure || clock.millis() - lastWrite >= wait) {
            checkpoint();
        }
    }

    /** How long the last write of the report took, in milliseconds (0 before the first). */
    public synchronized long lastWriteMillis() {
        return lastWriteMillis;
    }

    /**
     * How long writing the report as it stands now should take, in milliseconds: writing costs a fixed part (the
     * first, empty write) plus a part linear in the findings, at the best rate a write of 500 findings or more
     * showed (the first ones run cold; kept between 0.2 ms, a warm quiet 2-core machine, and 5 ms per finding), else 1 ms
     * per finding. At least 50 ms.
     */
    public synchronized long estimatedWriteMillis() {
        long now = findingCount();
        double rate = Double.isNaN(bestRate) ? 1.0 : Math.min(5.0, Math.max(0.2, bestRate));
        return Math.max(50, firstWriteMillis + (long) (rate * now));
    }

    private long findingCount() {
        return targets.values().stream().mapToLong(t -> t.findings.size()).sum();
    }

    /** Set (replace) a target's simulator/browser agreement counts. */
    public synchronized void setAgreement(String target, List<EngineAgreement> agreement) {
        state(target).agreement = List.copyOf(agreement);
    }

    /** Mark a target's scenarios as all run (checkpoints then show it as complete). */
    public synchronized void finishTarget(String target) {
        state(target).complete = true;
    }

    /** Return the report as it stands, marked incomplete. */
    public synchronized Report snapshot() {
        return report(false);
    }

    /** Write the report as it stands now, marked incomplete; return it. */
    public synchronized Report checkpoint() throws IOException {
        requireOpen();
        return write(false);
    }

    /** Mark the run and every target complete, write the final report and return it. */
    public synchronized Report complete() throws IOException {
        requireOpen();
        targets.values().forEach(t -> t.complete = true);
        Report report = write(true);
        completed = true;
        return report;
    }

    /** Write the report marked incomplete unless {@link #complete()} ran; release the shutdown hook. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        if (!completed) {
            write(false);
        }
    }

    private void closeQuietly() {
        try {
            synchronized (this) {
                shutdownHook = null; // the JVM is running it: removing it now would throw
            }
            close();
        } catch (IOException | RuntimeException e) {
            System.err.println("cors-tck: could not write the incomplete report to " + dir + ": " + e);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already shutting down; the hook will find this writer closed
            }
            shutdownHook = null;
        }
    }

    private Report write(boolean complete) throws IOException {
        Report report = report(complete);
        long start = System.nanoTime();
        try {
            writer.write(dir, report);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lastWriteMillis = (System.nanoTime() - start) / 1_000_000;
        lastWriteFindings = findingCount();
        if (firstWriteMillis < 0) {
            firstWriteMillis = lastWriteMillis;
        } else if (lastWriteFindings >= 500) {
            double rate = Math.max(0, lastWriteMillis - firstWriteMillis) / (double) lastWriteFindings;
            bestRate = Double.isNaN(bestRate) ? rate : Math.min(bestRate, rate);
        }
        lastWrite = clock.millis();
        return report;
    }

    private Report report(boolean complete) {
        run = run.finished(clock.instant().isBefore(run.startedAt()) ? run.startedAt() : clock.instant(), complete);
        List<TargetReport> reports = new ArrayList<>(targets.size());
        for (TargetState t : targets.values()) {
            TargetReport target = new TargetReport(t.target, t.label, t.policy, t.complete, t.findings, t.agreement);
            reports.add(target.withCauses(causes.apply(target)));
        }
        return Report.of(run, reports);
    }

    private TargetState state(String target) {
        requireOpen();
        TargetState state = targets.get(target);
        if (state == null) {
            throw new IllegalArgumentException("target '" + target + "' was not started: call startTarget first");
        }
        return state;
    }

    private void requireOpen() {
        if (closed || completed) {
            throw new IllegalStateException("the report is already " + (completed ? "complete" : "closed"));
        }
    }

    /** What is known so far about one target. */
    private static final class TargetState {
        final String target;
        final String label;
        final String policy;
        final List<Finding> findings = new ArrayList<>();
        List<EngineAgreement> agreement = List.of();
        boolean complete;

        TargetState(String target, String label, String policy) {
            this.target = target;
            this.label = label;
            this.policy = policy;
        }
    }
}
