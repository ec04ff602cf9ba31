package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Show one rule as a matrix row: its ID, title, level, Fetch link and one cell per column.
 *
 * @param ruleId  the rule's stable ID
 * @param title   the rule's title
 * @param level   the level name
 * @param specUrl the Fetch anchor URL
 * @param cells   one cell per column
 * @param differs whether the non-empty cells disagree on the verdict (used by "differences only")
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record MatrixRow(String ruleId, String title, String level, String specUrl, List<MatrixCell> cells,
                        boolean differs) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
