package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A real browser engine a grading run can confirm its verdicts in.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BrowserEngine {
    CHROMIUM(Engine.CHROMIUM, dev.corstck.tck.simulator.Engine.CHROMIUM),
    FIREFOX(Engine.FIREFOX, dev.corstck.tck.simulator.Engine.FIREFOX),
    WEBKIT(Engine.WEBKIT, dev.corstck.tck.simulator.Engine.WEBKIT);

    private final Engine report;
    private final dev.corstck.tck.simulator.Engine simulator;

    BrowserEngine(Engine report, dev.corstck.tck.simulator.Engine simulator) {
        this.report = report;
        this.simulator = simulator;
    }

    /** The engine as reports name it. */
    public Engine reportEngine() {
        return report;
    }

    /** The simulator profile's engine that models this browser. */
    public dev.corstck.tck.simulator.Engine simulatorEngine() {
        return simulator;
    }

    /** The lower-case name used on the command line and in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parse {@code chromium}, {@code firefox} or {@code webkit} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BrowserEngine parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown browser '" + name + "': use chromium, firefox, webkit or none",
                    e);
        }
    }
}
