package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Show one certified configuration: who it is, what it expects, and one line per engine.
 *
 * @param name       its stable name, {@code express-cors/documented}
 * @param title      its display title
 * @param ecosystem  e.g. {@code node}
 * @param version    the pinned versions
 * @param expected   the expected verdict
 * @param reportHref the relative link to its full report
 * @param problem    why it could not be graded, empty when it was
 * @param engines    one line per engine
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CertificationRowView(String name, String title, String ecosystem, String version, String expected,
                                   String reportHref, String problem, List<CertificationEngineView> engines) {

    public CertificationRowView {
        engines = List.copyOf(engines);
    }

    /** Return how many table rows this configuration spans. */
    public int span() {
        return Math.max(1, engines.size());
    }
}
