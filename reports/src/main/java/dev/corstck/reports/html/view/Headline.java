package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Show the verdict of the whole report: conformant or not, and the counts by verdict and level.
 *
 * @param label    the conformance label, e.g. "non-conformant"
 * @param css      the CSS class of its colour, e.g. {@code c-non_conformant}
 * @param sentence one sentence saying why, e.g. "12 failures in 1 of 3 targets."
 * @param verdicts count per verdict
 * @param levels   counts per level and verdict
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Headline(String label, String css, String sentence, List<CountView> verdicts, List<LevelRow> levels) {

    public Headline {
        verdicts = List.copyOf(verdicts);
        levels = List.copyOf(levels);
    }
}
