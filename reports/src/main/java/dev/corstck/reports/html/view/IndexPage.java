package dev.corstck.reports.html.view;

import gg.jte.Content;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Hold everything {@code index.jte} renders.
 *
 * @param title    the page title
 * @param run      the run's metadata
 * @param headline the overall verdict and counts
 * @param targets  one view per target
 * @param engines  the engine ids that have findings (the engine filter's options)
 * @param total    the number of findings
 * @param data     the findings as script-safe JSON, rendered into rows on demand
 * @param style    the inline stylesheet
 * @param script   the inline script
 * @param causes   the root causes of every target, shown first
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record IndexPage(String title, RunView run, Headline headline, List<TargetView> targets, List<String> engines,
                        int total, Content data, Content style, Content script,
                        List<CauseView> causes) {

    public IndexPage {
        targets = List.copyOf(targets);
        engines = List.copyOf(engines);
        causes = List.copyOf(causes);
    }

    /** Return the total with thousands separators. */
    public String totalFormatted() {
        return String.format("%,d", total);
    }
}
