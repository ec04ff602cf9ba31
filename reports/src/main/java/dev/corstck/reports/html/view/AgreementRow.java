package dev.corstck.reports.html.view;

import dev.corstck.reports.model.Disagreement;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Show how often the simulator's prediction matched one browser engine.
 *
 * @param engine        the engine id
 * @param scenarios     scenarios compared
 * @param agreed        scenarios that matched
 * @param percent       agreed / scenarios as text, e.g. "97.5%"
 * @param css           {@code ok} when all agreed, {@code bad} otherwise
 * @param disagreements the scenarios that did not match
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record AgreementRow(String engine, int scenarios, int agreed, String percent, String css,
                           List<Disagreement> disagreements) {

    public AgreementRow {
        disagreements = List.copyOf(disagreements);
    }
}
