package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Show one requirement level's counts per verdict (a row of the headline's level × verdict table).
 *
 * @param level  the level name
 * @param counts one count per verdict, in the page's verdict order
 * @param total  the level's total
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record LevelRow(String level, List<CountView> counts, int total) {

    public LevelRow {
        counts = List.copyOf(counts);
    }
}
