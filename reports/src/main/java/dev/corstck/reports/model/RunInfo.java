package dev.corstck.reports.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describe the run that produced a report: tool, time, command line, engines, and whether it completed.
 *
 * @param toolVersion the kit's version, e.g. {@code 0.1.0}
 * @param startedAt   when the run started
 * @param finishedAt  when the run finished, or, for an incomplete report, when it was last written
 * @param commandLine the arguments the kit was started with
 * @param engines     the engines that took part, with versions
 * @param strict      whether SHOULD rules were graded strictly (FAIL rather than WARN)
 * @param complete    false when the run stopped early (interrupted, or a checkpoint written mid-run)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunInfo(String toolVersion, Instant startedAt, Instant finishedAt, List<String> commandLine,
                      List<EngineInfo> engines, boolean strict, boolean complete) {

    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
        Objects.requireNonNull(finishedAt, "finishedAt must not be null");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("finishedAt " + finishedAt + " is before startedAt " + startedAt);
        }
        commandLine = List.copyOf(commandLine);
        engines = List.copyOf(engines);
    }

    /** Describe a run starting now, not yet complete (the incremental writer stamps the finish time). */
    public static RunInfo start(String toolVersion, List<String> commandLine, List<EngineInfo> engines,
                                boolean strict) {
        Instant now = Instant.now();
        return new RunInfo(toolVersion, now, now, commandLine, engines, strict, false);
    }

    /** Return a copy marked complete or incomplete, finished (or last written) at the given time. */
    public RunInfo finished(Instant at, boolean isComplete) {
        return new RunInfo(toolVersion, startedAt, at, commandLine, engines, strict, isComplete);
    }

    /** Return the run's wall-clock duration in milliseconds. */
    public long durationMillis() {
        return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}
