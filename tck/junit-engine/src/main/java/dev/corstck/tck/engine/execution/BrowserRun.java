package dev.corstck.tck.engine.execution;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether a configured browser took part: how many scenarios it ran that the simulator's prediction could be compared
 * with, and, when none, why (the first SKIPPED or ERROR reason the grader gave for that engine).
 *
 * @param engine   the browser
 * @param compared scenarios the browser ran and the kit compared
 * @param reason   why it compared none; empty when it compared some
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record BrowserRun(BrowserEngine engine, int compared, String reason) {

    public BrowserRun {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    /** Read the run of {@code engine} from a target's report. */
    static BrowserRun of(BrowserEngine engine, TargetReport report) {
        int compared = report.agreement().stream().filter(a -> a.engine() == dev.corstck.reports.model.Engine.of(engine))
                .mapToInt(a -> a.scenarios()).sum();
        if (compared > 0) {
            return new BrowserRun(engine, compared, "");
        }
        String why = report.findings().stream().filter(f -> f.engine() == dev.corstck.reports.model.Engine.of(engine))
                .filter(f -> f.verdict() == Verdict.ERROR || f.verdict() == Verdict.SKIPPED).map(Finding::reason)
                .findFirst().orElse("no scenario reached the browser");
        return new BrowserRun(engine, 0, engine.id() + " compared no scenario: " + why);
    }

    /** Answer whether the browser compared at least one scenario. */
    public boolean ran() {
        return compared > 0;
    }
}
