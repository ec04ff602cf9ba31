package dev.corstck.reports.html.view;

import gg.jte.Content;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Hold everything {@code compare.jte} renders: targets as columns, rules as rows.
 *
 * @param title   the page title
 * @param run     the run's metadata
 * @param targets one view per target (the columns; their matrices are not used here)
 * @param rows    one row per rule, one cell per target
 * @param style   the inline stylesheet
 * @param script  the inline script
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ComparePage(String title, RunView run, List<TargetView> targets, List<MatrixRow> rows, Content style,
                          Content script) {

    public ComparePage {
        targets = List.copyOf(targets);
        rows = List.copyOf(rows);
    }
}
