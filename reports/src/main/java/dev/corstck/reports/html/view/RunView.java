package dev.corstck.reports.html.view;

import dev.corstck.reports.model.EngineInfo;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Show the run's metadata as display strings.
 *
 * @param toolVersion the kit's version
 * @param startedAt   start time, ISO-8601 UTC
 * @param finishedAt  finish (or last write) time, ISO-8601 UTC
 * @param duration    the duration in words, e.g. "1 min 32 s"
 * @param commandLine the command line, shell-quoted
 * @param engines     the engines with versions
 * @param complete    whether the run completed
 * @param strict      whether SHOULD rules were graded strictly
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RunView(String toolVersion, String startedAt, String finishedAt, String duration, String commandLine,
                      List<EngineInfo> engines, boolean complete, boolean strict) {

    public RunView {
        engines = List.copyOf(engines);
    }
}
