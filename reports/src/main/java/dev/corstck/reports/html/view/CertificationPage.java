package dev.corstck.reports.html.view;

import gg.jte.Content;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Hold everything {@code certification.jte} renders: the run, the rule families (columns) and one row group per
 * certified configuration.
 *
 * @param title    the page title
 * @param run      the run's metadata
 * @param families the rule families, the matrix columns
 * @param rows     one view per configuration
 * @param matched  how many configurations got their expected verdict in every engine
 * @param style    the inline stylesheet
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CertificationPage(String title, RunView run, List<String> families, List<CertificationRowView> rows,
                                int matched, Content style) {

    public CertificationPage {
        families = List.copyOf(families);
        rows = List.copyOf(rows);
    }
}
