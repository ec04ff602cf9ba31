package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A real browser engine a grading run can confirm its verdicts in.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BrowserEngine {
    CHROMIUM(Engine.CHROMIUM, dev.corstck.tck.simulator.Engine.CHROMIUM, dev.corstck.harness.Engine.CHROMIUM),
    FIREFOX(Engine.FIREFOX, dev.corstck.tck.simulator.Engine.FIREFOX, dev.corstck.harness.Engine.FIREFOX),
    WEBKIT(Engine.WEBKIT, dev.corstck.tck.simulator.Engine.WEBKIT, dev.corstck.harness.Engine.WEBKIT);

    private final Engine report;
    private final dev.corstck.tck.simulator.Engine simulator;
    private final dev.corstck.harness.Engine harness;

    BrowserEngine(Engine report, dev.corstck.tck.simulator.Engine simulator, dev.corstck.harness.Engine harness) {
        this.report = report;
        this.simulator = simulator;
        this.harness = harness;
    }

    /** The engine as reports name it. */
    public Engine reportEngine() {
        return report;
    }

    /** The simulator profile's engine that models this browser. */
    public dev.corstck.tck.simulator.Engine simulatorEngine() {
        return simulator;
    }

    /**
     * The browser harness's local engine for this browser. A remote endpoint ({@code grid:URL}, {@code cdp:URL},
     * {@code ws:URL}) is not a property of the browser but of one grading: see {@link BrowserDrivers}.
     */
    public dev.corstck.harness.Engine harnessEngine() {
        return harness;
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
            throw new IllegalArgumentException("unknown browser '" + name + "': use chromium, firefox, webkit, grid:URL, "
                    + "cdp:URL, ws:URL or none", e);
        }
    }

    /**
     * Parse a comma-separated list of local browsers ({@code chromium,firefox}), each name once, in the order given;
     * {@code none} or a blank list is no browser (wire and simulator only). Remote endpoints ({@code grid:URL} …) are
     * refused here: {@link BrowserList#parse} reads them, with the endpoint in the value it returns.
     *
     * @throws IllegalArgumentException naming the first unknown browser and the accepted values
     */
    public static List<BrowserEngine> parseList(String names) {
        BrowserList list = BrowserList.parse(names);
        if (!list.drivers().remote().isEmpty()) {
            throw new IllegalArgumentException(names.strip() + ": remote browsers (grid:, cdp:, ws:) are accepted by "
                    + "grade, certify, demo and the JUnit engine only");
        }
        return list.engines();
    }
}
