package dev.corstck.tck.certification;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.TargetReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Split one grade into what each engine's verdict rests on: the wire and simulator findings (what the server sent
 * reaches every browser) plus that engine's own findings and agreement. A run without browsers has one view,
 * {@link #WIRE}, with every finding.
 */
final class EngineViews {

    /** The key of the only view of a run without browsers: wire probes and the simulator. */
    static final String WIRE = "wire";

    private EngineViews() {
    }

    /** Return the views of {@code report}, keyed by engine ID, in the order of {@code engines}. */
    static Map<String, TargetReport> of(TargetReport report, List<BrowserEngine> engines) {
        Map<String, TargetReport> views = new LinkedHashMap<>();
        if (engines.isEmpty()) {
            views.put(WIRE, report);
            return Collections.unmodifiableMap(views);
        }
        for (BrowserEngine browser : engines) {
            Engine engine = Engine.of(browser);
            views.put(browser.id(), new TargetReport(report.target(), report.label(), report.policy(),
                    report.complete(), report.findings().stream().filter(f -> f.engine() == engine
                    || !f.engine().isBrowser()).toList(), report.agreement().stream()
                    .filter(a -> a.engine() == engine).toList()));
        }
        return Collections.unmodifiableMap(views);
    }

    /** Return the keys the views of a run in {@code engines} have. */
    static List<String> keys(List<BrowserEngine> engines) {
        return engines.isEmpty() ? List.of(WIRE) : engines.stream().map(BrowserEngine::id).toList();
    }
}
