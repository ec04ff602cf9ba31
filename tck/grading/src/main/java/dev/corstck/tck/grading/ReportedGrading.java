package dev.corstck.tck.grading;

import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineInfo;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.writer.IncrementalReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;

/**
 * Grade one or more targets into a report directory ({@code report.json}, {@code index.html}, {@code junit.xml},
 * {@code compare.html} for two targets or more), writing as it goes: a run that fails or is interrupted (Ctrl-C)
 * leaves a valid report marked incomplete with everything gathered so far.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportedGrading {

    /** The kit's version as written into reports. */
    public static final String TOOL_VERSION = "0.1.0-SNAPSHOT";

    // The numbers a grade ends with; the CLI's ExitCode gives them their names and help text (and adds 2, usage).
    /** Exit code: conformant. */
    public static final int CONFORMANT = 0;
    /** Exit code: at least one FAIL. */
    public static final int NON_CONFORMANT = 1;
    /** Exit code: nothing failed, but the kit could not grade everything (ERROR verdicts, an incomplete run). */
    public static final int INCONCLUSIVE = 3;

    private ReportedGrading() {
    }

    /** Grade each request with {@code grader}, in order, into {@code dir}; return the final report. */
    public static Report run(Path dir, List<String> commandLine, List<GradeRequest> requests, Grader grader,
            boolean progress, PrintStream out) throws IOException {
        return run(dir, commandLine, requests, grader, progress, out, RunLimits.DEFAULTS);
    }

    /**
     * Grade each request into {@code dir} within {@code limits}: each request's {@link GradeRequest#runTimeout()}
     * bounds its grading and the writing of the report together (the grading is cut short early enough for the final
     * write to fit), {@link RunLimits#maxFindings()} bounds the findings kept, and a {@link RunStop} request (a
     * signal) cuts the run short at any moment. A run cut short keeps a valid report, marked incomplete, with
     * everything gathered; the reason is printed on standard error.
     */
    public static Report run(Path dir, List<String> commandLine, List<GradeRequest> requests, Grader grader,
            boolean progress, PrintStream out, RunLimits limits) throws IOException {
        return run(dir, commandLine, requests, grader, progress, out, limits, 1);
    }

    /**
     * As {@link #run(Path, List, List, Grader, boolean, PrintStream, RunLimits)}, grading up to {@code targetsAtOnce}
     * targets at the same time (each within its own run timeout from its start; no progress line, which would
     * interleave). A {@link Grader#sharing} grader runs the wire stages concurrently and the browser stages one at
     * a time.
     */
    public static Report run(Path dir, List<String> commandLine, List<GradeRequest> requests, Grader grader,
            boolean progress, PrintStream out, RunLimits limits, int targetsAtOnce) throws IOException {
        Objects.requireNonNull(requests, "requests must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        RunInfo info = new RunInfo(TOOL_VERSION, Instant.now(), Instant.now(), commandLine, engines(requests),
                requests.stream().anyMatch(GradeRequest::strict), false);
        long started = limits.fromProcess() ? startOfProcess() : System.nanoTime();
        List<Thread> abandoned = Collections.synchronizedList(new ArrayList<>());
        RunStop.arm();
        RootCauseAnalysis causes = new RootCauseAnalysis();
        try (IncrementalReportWriter writer = IncrementalReportWriter.open(dir, info).installShutdownHook()
                .groupCausesWith(causes)) {
            boolean complete = true;
            if (targetsAtOnce > 1 && requests.size() > 1) {
                complete = gradeConcurrently(requests, grader, out, limits, writer, causes, abandoned, targetsAtOnce);
            } else {
                for (GradeRequest request : requests) {
                    if (RunStop.reason().isPresent()) {
                        complete = false;
                        break;
                    }
                    writer.startTarget(request.target(), request.label(), Grader.policyText(request));
                    long deadline = (requests.size() == 1 ? started : System.nanoTime())
                            + request.runTimeout().toNanos();
                    complete &= gradeTarget(request, grader, progress, out, limits, writer, causes, deadline,
                            abandoned);
                }
            }
            // An incomplete run stays marked incomplete: closing writes it so, with everything gathered.
            return complete ? writer.complete() : writer.snapshot();
        } finally {
            RunStop.disarm();
            letAbandonedGradingsEnd(abandoned);
        }
    }

    /** Grade one started target into {@code writer}; answer whether its grading completed. */
    private static boolean gradeTarget(GradeRequest request, Grader grader, boolean progress, PrintStream out,
            RunLimits limits, IncrementalReportWriter writer, RootCauseAnalysis causes, long deadline,
            List<Thread> abandoned) throws IOException {
        try (ReportingListener listener = new ReportingListener(writer, request.target(), progress, out,
                limits.maxFindings(), causes)) {
            Optional<GradeOutcome> outcome = gradeWithin(request, grader, listener, writer, deadline, abandoned);
            if (outcome.isPresent()) {
                writer.setAgreement(request.target(), outcome.get().agreement());
                if (outcome.get().complete()) {
                    writer.finishTarget(request.target());
                }
            }
            return outcome.isPresent() && outcome.get().complete();
        }
    }

    /**
     * Grade the targets {@code targetsAtOnce} at a time. Every target is started in the writer first, in order, so the
     * report lists them as given whatever order they finish in; one not reached before a stop stays incomplete.
     */
    private static boolean gradeConcurrently(List<GradeRequest> requests, Grader grader, PrintStream out,
            RunLimits limits, IncrementalReportWriter writer, RootCauseAnalysis causes, List<Thread> abandoned,
            int targetsAtOnce)
            throws IOException {
        requests.forEach(r -> writer.startTarget(r.target(), r.label(), Grader.policyText(r)));
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(targetsAtOnce, requests.size()));
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (GradeRequest request : requests) {
                done.add(pool.submit(() -> RunStop.reason().isEmpty() && gradeTarget(request, grader, false, out,
                        limits, writer, causes, System.nanoTime() + request.runTimeout().toNanos(), abandoned)));
            }
            boolean complete = true;
            for (Future<Boolean> f : done) {
                try {
                    complete &= f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return complete;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Grade in a thread of its own and wait for it, for a stop request, or for the moment the remaining time only just
     * covers writing the report (1.5 times the writer's estimate, plus 3% of the run timeout): empty when cut short.
     * The grading streams: its findings reach the writer through {@code listener} only, so nothing here holds them.
     */
    private static Optional<GradeOutcome> gradeWithin(GradeRequest request, Grader grader, ReportingListener listener,
            IncrementalReportWriter writer, long deadline, List<Thread> abandoned) throws IOException {
        CompletableFuture<GradeOutcome> graded = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicBoolean cut = RunStop.newCut();
        Thread worker = new Thread(() -> {
            RunStop.install(cut);
            try {
                graded.complete(grader.gradeStreamed(request, listener));
            } catch (Throwable t) {
                graded.completeExceptionally(t);
            }
        }, "cors-tck-grade");
        worker.setDaemon(true);
        worker.start();
        long reserve = request.runTimeout().toNanos() * 3 / 100;
        try {
            while (!graded.isDone()) {
                long writing = writer.estimatedWriteMillis() * 3 / 2;
                long cutAt = deadline - reserve - writing * 1_000_000L;
                long left = cutAt - System.nanoTime();
                Optional<String> why = RunStop.reason().or(listener::limitReached);
                if (why.isEmpty() && left <= 0) {
                    why = Optional.of("the run timeout (--run-timeout " + text(request.runTimeout()) + ") was reached,"
                            + " less the " + writing + " ms kept for writing the report");
                }
                if (why.isPresent()) {
                    cut.set(true);
                    listener.stop();
                    worker.interrupt();
                    System.err.println("cors-tck: the run was cut short: " + why.get() + "; the report keeps what was"
                            + " gathered, marked incomplete");
                    abandoned.add(worker);
                    return Optional.empty();
                }
                try {
                    graded.get(Math.min(100, Math.max(1, left / 1_000_000)), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // look again
                }
            }
            return Optional.of(graded.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cut.set(true);
            listener.stop();
            worker.interrupt();
            abandoned.add(worker);
            return Optional.empty();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Give gradings that were cut short (their report is written) up to {@value #ABANDONED_GRACE_MILLIS} ms to end:
     * a cut grading sends and starts nothing more, so it soon reaches the end where it closes its browsers in order
     * (a browser driver killed at exit instead prints Node's EPIPE trace).
     */
    private static void letAbandonedGradingsEnd(List<Thread> abandoned) {
        long end = System.nanoTime() + ABANDONED_GRACE_MILLIS * 1_000_000L;
        for (Thread t : abandoned) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long ABANDONED_GRACE_MILLIS = 3_000;

    /** When this JVM started, on the {@link System#nanoTime()} scale: a run timeout counts from there. */
    private static long startOfProcess() {
        long now = System.nanoTime();
        return ProcessHandle.current().info().startInstant()
                .map(i -> now - java.time.Duration.between(i, Instant.now()).toNanos())
                .filter(t -> now - t < 60_000_000_000L && now - t >= 0).orElse(now);
    }

    private static String text(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 60_000 == 0 ? ms / 60_000 + "m" : ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** The exit code a report earns: 1 with any FAIL, 0 when conformant, 3 when the kit could not decide. */
    public static int exitCode(Report report) {
        if (report.summary().count(Verdict.FAIL) > 0) {
            return NON_CONFORMANT;
        }
        return report.conformance() == Conformance.INCONCLUSIVE ? INCONCLUSIVE : CONFORMANT;
    }

    private static List<EngineInfo> engines(List<GradeRequest> requests) {
        Set<Engine> engines = new LinkedHashSet<>(List.of(Engine.WIRE, Engine.SIMULATOR));
        requests.forEach(r -> r.browsers().forEach(b -> engines.add(Engine.of(b))));
        List<EngineInfo> out = new ArrayList<>();
        engines.forEach(e -> out.add(new EngineInfo(e, "", e.isBrowser() ? "browser-harness" : "cors-tck")));
        return out;
    }
}
