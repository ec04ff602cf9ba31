package dev.corstck.tck.grading;

import dev.corstck.reports.model.Engine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /*
     * The driver chosen by the last parseList that named this browser (grid:URL runs Chromium on a Selenium Grid).
     * Process-wide because the enum value is what every grading path carries; each parseList resets the entries of
     * the browsers it names, so a later "chromium" is local again.
     */
    private static final Map<BrowserEngine, dev.corstck.harness.Engine> DRIVERS = new ConcurrentHashMap<>();

    /** The browser harness's engine that runs this browser: a Grid if the last list named it {@code grid:URL}. */
    public dev.corstck.harness.Engine harnessEngine() {
        return DRIVERS.getOrDefault(this, harness);
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
            throw new IllegalArgumentException("unknown browser '" + name + "': use chromium, firefox, webkit, grid:URL or none",
                    e);
        }
    }

    /**
     * Parse a comma-separated list ({@code chromium,firefox}), each name once, in the order given; {@code none} or a
     * blank list is no browser (wire and simulator only). {@code grid:http://host:4444} is Chromium on that Selenium
     * Grid (or any W3C WebDriver endpoint with Chrome); its page origins are served on this machine's loopback, so the
     * Grid's node must run on this machine.
     *
     * @throws IllegalArgumentException naming the first unknown browser and the accepted values
     */
    public static List<BrowserEngine> parseList(String names) {
        List<BrowserEngine> out = new ArrayList<>();
        Map<BrowserEngine, dev.corstck.harness.Engine> drivers = new java.util.EnumMap<>(BrowserEngine.class);
        for (String raw : names.split(",")) {
            String n = raw.strip();
            if (n.isEmpty() || n.equalsIgnoreCase("none")) {
                continue;
            }
            BrowserEngine engine;
            if (n.regionMatches(true, 0, "grid:", 0, 5)) {
                engine = CHROMIUM;
                if (out.contains(engine) && !drivers.containsKey(engine)) {
                    throw new IllegalArgumentException(n + ": chromium is named twice: once local, once on a Grid");
                }
                drivers.put(engine, grid(n.substring(5)));
            } else {
                engine = parse(n);
                if (drivers.containsKey(engine)) {
                    throw new IllegalArgumentException(n + " is named twice: once local, once on a Grid");
                }
            }
            if (!out.contains(engine)) {
                out.add(engine);
            }
        }
        out.forEach(DRIVERS::remove);
        DRIVERS.putAll(drivers);
        return List.copyOf(out);
    }

    private static dev.corstck.harness.Engine grid(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("grid:" + url + " is not a URL: use grid:http://host:4444", e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("grid:" + url + " is not an http(s) URL: use grid:http://host:4444");
        }
        return dev.corstck.harness.Engine.remote(dev.corstck.harness.Engine.Kind.SELENIUM_GRID, uri);
    }
}
