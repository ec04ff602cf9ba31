package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.writer.IncrementalReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apiguardian.api.API;

/**
 * Write each finding to an incremental report as soon as it is decided (so a failure or Ctrl-C keeps what was
 * gathered), and show progress when asked: a bar when the stream is standard output on a terminal, else progress
 * lines ({@code [12/40] wire http://…}), at most about eleven per phase, for logs and CI.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportingListener implements GradingListener, AutoCloseable {

    private final IncrementalReportWriter writer;
    private final String target;
    private final boolean showProgress;
    private final PrintStream out;
    private final int maxFindings;
    private final RootCauseAnalysis causes;
    private final AtomicInteger written = new AtomicInteger();
    private volatile boolean stopped;
    private ProgressBar bar;
    private String phase = "";
    private int lastTenth = -1;

    /** Report findings of {@code target} (already started in {@code writer}); draw progress on {@code out} if asked. */
    public ReportingListener(IncrementalReportWriter writer, String target, boolean showProgress, PrintStream out) {
        this(writer, target, showProgress, out, RunLimits.DEFAULT_MAX_FINDINGS);
    }

    /** As above, keeping at most {@code maxFindings} findings: the next ones are dropped and the run cut short. */
    public ReportingListener(IncrementalReportWriter writer, String target, boolean showProgress, PrintStream out,
            int maxFindings) {
        this(writer, target, showProgress, out, maxFindings, new RootCauseAnalysis());
    }

    /** As above, recording the browser's console line of each failing scenario in {@code causes}. */
    public ReportingListener(IncrementalReportWriter writer, String target, boolean showProgress, PrintStream out,
            int maxFindings, RootCauseAnalysis causes) {
        this.causes = Objects.requireNonNull(causes, "causes must not be null");
        this.writer = Objects.requireNonNull(writer, "writer must not be null");
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.showProgress = showProgress;
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.maxFindings = maxFindings;
    }

    /** Take no more findings (the run is being cut short): later ones are dropped, the report is left as it is. */
    public void stop() {
        stopped = true;
    }

    /** Why this listener wants the run cut short: the findings limit was reached. */
    public Optional<String> limitReached() {
        return written.get() >= maxFindings ? Optional.of("the report reached its findings limit (--max-findings "
                + maxFindings + "); grade fewer endpoints per run, or raise the limit") : Optional.empty();
    }

    /**
     * Answer whether standard output is an interactive terminal, where a progress bar and colour belong. Java 17's
     * {@code System.console()} is non-null only when standard input and output are both a terminal.
     */
    public static boolean isTerminal() {
        return System.console() != null;
    }

    @Override
    public void engineVersion(BrowserEngine engine, String version) {
        writer.setEngineVersion(dev.corstck.reports.model.Engine.of(engine), version);
    }

    @Override
    public void finding(Finding finding) {
        if (stopped || written.getAndIncrement() >= maxFindings) {
            return;
        }
        try {
            writer.addFindings(target, List.of(finding));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        } catch (IllegalStateException closed) {
            if (!stopped) {
                throw closed;
            } // the run was cut short and its report written while this finding was on its way: drop it
        }
    }

    @Override
    public void console(String scenarioId, String line) {
        causes.console(target, scenarioId, line);
    }

    @Override
    public void progress(String phaseName, int done, int total) {
        if (!showProgress || stopped) {
            return;
        }
        if (!(out == System.out && isTerminal())) {
            progressLine(phaseName, done, total);
            return;
        }
        if (bar == null || !phase.equals(phaseName)) {
            closeBar();
            phase = phaseName;
            bar = new ProgressBarBuilder().setTaskName(phaseName).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(200).build();
        }
        bar.stepTo(done);
    }

    /** One line each time a phase starts, passes another tenth, or ends: bounded, whatever the scenario count. */
    private void progressLine(String phaseName, int done, int total) {
        if (!phase.equals(phaseName)) {
            phase = phaseName;
            lastTenth = -1;
        }
        int tenth = total <= 0 ? 10 : (int) (10L * done / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.println("[" + done + "/" + total + "] " + phaseName + " scenarios of " + target);
        }
    }

    @Override
    public void finished(GradingStats stats) {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}
