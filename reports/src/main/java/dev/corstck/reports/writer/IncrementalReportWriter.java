package dev.corstck.reports.writer;

import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.spool.Spools;
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
 * marked incomplete. Checkpoints are written {@link Checkpoints#AT_ONCE at once} or {@link Checkpoints#IN_BACKGROUND
 * in the background}; the final write puts each format on a thread of its own. Thread-safe.
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

    /**
     * How many findings a target holds in memory before they go to a spool on disk: {@value}. A report this size
     * writes in well under a second; past it, holding findings and their evidence is what bounds a run (about 2.5 KB
     * a finding).
     */
    public static final int DEFAULT_SPOOL_AFTER = 20_000;

    /** The system property that sets {@link #spoolAfter(int)} for writers opened after it is set. */
    public static final String SPOOL_AFTER_PROPERTY = "cors.tck.report.spool-after";

    /** The default least time between two checkpoints: {@value} seconds. */
    public static final long DEFAULT_CHECKPOINT_SECONDS = 5;

    /**
     * When a checkpoint is written.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Checkpoints {
        /** In the call that asks for it ({@link #open}, {@link #addFindings}): on disk when the call returns. */
        AT_ONCE,
        /**
         * On a thread of the writer's own, while the caller goes on (a grade's first probes need not wait for the
         * report's first write): on disk soon after; a checkpoint asked for while one waits is that one.
         * {@link #complete()} and {@link #close()} wait for a checkpoint under way, and a failed one is thrown by
         * the next call that adds findings or completes.
         */
        IN_BACKGROUND
    }

    /**
     * How long a run lasts before its write rate is measured: {@value} ms. A grade that ends sooner has no use for it
     * (its deadline is seconds away), and a cold wire-only grade of three endpoints takes well under a second, so
     * the measuring checkpoint would be a second full write on its two cores.
     */
    static final long MEASURE_AFTER_MILLIS = 1_000;

    private final Path dir;
    private final long openedAt;
    private final Checkpoints checkpoints;
    /** Held while files are written, so a checkpoint and the final write never write the same file at once. */
    private final Object writing = new Object();
    private final CheckpointThread background = new CheckpointThread();
    private final ReportWriter writer;
    private final Duration checkpointInterval;
    private final Clock clock;
    private final Map<String, TargetState> targets = new LinkedHashMap<>();
    private RunInfo run;
    private long lastWrite;
    /** Taken last (its own lock), never held while taking another. */
    private final WriteTimes times = new WriteTimes();
    private volatile boolean completed;
    private volatile boolean closed;
    private @Nullable Thread shutdownHook;
    private Function<TargetReport, List<RootCause>> causes = target -> List.of();
    private int spoolAfter = Integer.getInteger(SPOOL_AFTER_PROPERTY, DEFAULT_SPOOL_AFTER);

    private IncrementalReportWriter(Path dir, RunInfo run, ReportWriter writer, Duration interval, Clock clock,
            Checkpoints checkpoints) {
        this.dir = dir;
        this.checkpoints = checkpoints;
        this.openedAt = clock.millis();
        this.run = run;
        this.writer = writer;
        this.checkpointInterval = interval;
        this.clock = clock;
    }

    /**
     * Open a writer of every format, checkpointing at most every {@value #DEFAULT_CHECKPOINT_SECONDS} s, {@link
     * Checkpoints#IN_BACKGROUND in the background}.
     */
    public static IncrementalReportWriter open(Path dir, RunInfo run) throws IOException {
        return open(dir, run, ReportWriter.allFormats(), Duration.ofSeconds(DEFAULT_CHECKPOINT_SECONDS),
                Clock.systemUTC(), Checkpoints.IN_BACKGROUND);
    }

    /** Open a writer and write an empty, incomplete report at once, so the directory is valid from the start. */
    public static IncrementalReportWriter open(Path dir, RunInfo run, ReportWriter writer,
                                               Duration checkpointInterval, Clock clock) throws IOException {
        return open(dir, run, writer, checkpointInterval, clock, Checkpoints.AT_ONCE);
    }

    /**
     * Open a writer and write an empty, incomplete report, at once or in the background as {@code checkpoints} says.
     * Either way a directory that cannot be written fails here: it is created, and a file written in it, before
     * this returns.
     */
    public static IncrementalReportWriter open(Path dir, RunInfo run, ReportWriter writer,
            Duration checkpointInterval, Clock clock, Checkpoints checkpoints) throws IOException {
        IncrementalReportWriter incremental = new IncrementalReportWriter(Objects.requireNonNull(dir, "dir"),
                Objects.requireNonNull(run, "run"), writer, checkpointInterval, clock,
                Objects.requireNonNull(checkpoints, "checkpoints"));
        AtomicFiles.deleteStaleTemporaries(dir);
        Spools.deleteStale(dir);
        if (checkpoints == Checkpoints.AT_ONCE) {
            incremental.checkpoint();
        } else {
            AtomicFiles.requireWritable(dir);
            synchronized (incremental) {
                incremental.checkpointInBackground();
            }
        }
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
        targets.putIfAbsent(target, new TargetState(target, label, policy, dir, () -> spoolAfter));
    }

    /** Add a batch of findings to a started target, and write a checkpoint if the interval has passed. */
    public synchronized void addFindings(String target, List<Finding> findings) throws IOException {
        state(target).add(findings);
        background.throwFailure();
        long count = findingCount();
        long wait = times.checkpointWaitMillis(checkpointInterval.toMillis());
        // Two early checkpoints measure the write rate (see estimatedWriteMillis), not in a run's first second
        // (MEASURE_AFTER_MILLIS): until then the estimate assumes 1 ms per finding.
        boolean measure = times.measuresAt(count, clock.millis() - openedAt >= MEASURE_AFTER_MILLIS);
        if (measure || clock.millis() - lastWrite >= wait) {
            if (checkpoints == Checkpoints.AT_ONCE) {
                checkpoint();
            } else {
                checkpointInBackground();
            }
        }
    }

    /** Queue a checkpoint on the writer's thread unless one is waiting there; it reads the report when it runs. */
    private void checkpointInBackground() {
        lastWrite = clock.millis(); // throttled from when it was asked for, as at once
        background.request(this::writeCheckpointNow);
    }

    /** The background checkpoint: the report as it stands when it starts, unless the run has ended meanwhile. */
    private void writeCheckpointNow() {
        Report report;
        synchronized (this) {
            if (closed || completed) {
                return;
            }
            report = report(false);
        }
        try {
            synchronized (writing) {
                if (isEnded()) {
                    return; // the final report is written or being written: never overwrite it with an older one
                }
                writeTimed(report, false);
            }
        } catch (IOException e) {
            if (!isEnded()) { // else abandoned (WriteAbandoned, maybe wrapped by a format): the final write replaces it
                background.failed(e);
            }
        } catch (UncheckedIOException e) {
            if (!isEnded()) {
                background.failed(e.getCause());
            }
        }
    }

    private boolean isEnded() {
        return closed || completed;
    }

    /** How long the last write of the report took, in milliseconds (0 before the first). */
    public long lastWriteMillis() {
        return times.lastWriteMillis();
    }

    /**
     * How long writing the report as it stands now should take, in milliseconds: writing costs a fixed part (the
     * first, empty write) plus a part linear in the findings, at the best rate a write of 500 findings or more
     * showed (the first ones run cold; kept between 0.2 ms, a warm quiet 2-core machine, and 5 ms per finding), else 1 ms
     * per finding. At least 50 ms.
     */
    public synchronized long estimatedWriteMillis() {
        return times.estimateMillis(findingCount());
    }

    private long findingCount() {
        return targets.values().stream().mapToLong(TargetState::size).sum();
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

    /** Write the report as it stands now, marked incomplete, at once; return it. */
    public Report checkpoint() throws IOException {
        Report report;
        synchronized (this) {
            requireOpen();
            report = report(false);
            lastWrite = clock.millis();
        }
        synchronized (writing) {
            try {
                if (!isEnded()) {
                    writeTimed(report, false);
                }
            } catch (IOException e) {
                if (!isEnded()) {
                    throw e;
                } // else given up for the final (or the incomplete) report, which replaces it
            }
        }
        return report;
    }

    /**
     * Mark the run and every target complete, write the final report (its formats side by side, once a checkpoint
     * under way has ended) and return it.
     */
    public Report complete() throws IOException {
        Report report;
        synchronized (this) {
            requireOpen();
            targets.values().forEach(t -> t.complete = true);
            report = report(true);
            completed = true;
        }
        background.end();
        synchronized (writing) {
            writeTimed(report, true);
        }
        return report;
    }

    /** Write the report marked incomplete unless {@link #complete()} ran; release the shutdown hook. */
    @Override
    public void close() throws IOException {
        Report report;
        synchronized (this) {
            if (closed) {
                return;
            }
            report = completed ? null : report(false);
            closed = true;
            removeShutdownHook();
        }
        background.end();
        if (report != null) {
            synchronized (writing) {
                writeTimed(report, true);
            }
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

    /** Write {@code report}, its formats side by side when {@code last}; the caller holds {@link #writing}. */
    private void writeTimed(Report report, boolean last) throws IOException {
        long start = System.nanoTime();
        try {
            if (last) {
                writer.writeConcurrently(dir, report);
            } else {
                // A checkpoint gives up when the run ends meanwhile: the final write should not wait for a stale copy.
                writer.write(dir, report, this::isEnded);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        times.record(start, report.findingCount());
    }

    private Report report(boolean complete) {
        run = run.finished(clock.instant().isBefore(run.startedAt()) ? run.startedAt() : clock.instant(), complete);
        List<TargetReport> reports = new ArrayList<>(targets.size());
        for (TargetState t : targets.values()) {
            TargetReport target = new TargetReport(t.target, t.label, t.policy, t.complete, t.findings(),
                    t.agreement);
            reports.add(target.withCauses(causes.apply(target)));
        }
        return Report.of(run, reports);
    }

    /**
     * Spool each target's findings to disk once it has more than {@code findings} of them (default {@value
     * #DEFAULT_SPOOL_AFTER}, or the system property {@value #SPOOL_AFTER_PROPERTY}): from then on neither they nor
     * their evidence are held, and each write reads them back. The report files are the same either way.
     */
    public synchronized IncrementalReportWriter spoolAfter(int findings) {
        if (findings < 0) {
            throw new IllegalArgumentException("spoolAfter must be >= 0, got " + findings);
        }
        spoolAfter = findings;
        return this;
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
}
