package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Record one scenario where the simulator's prediction and a real browser's observation differ: a finding about
 * the kit itself (a simulator bug or an undocumented browser difference), never ignored.
 *
 * @param scenarioId the scenario
 * @param predicted  the outcome the simulator predicted from the target's real responses, e.g. {@code CORS_OK}
 * @param observed   the outcome the browser showed, e.g. {@code NETWORK_ERROR}
 * @param detail     what differed, in words (may be empty)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Disagreement(String scenarioId, String predicted, String observed, String detail) {

    public Disagreement {
        Objects.requireNonNull(scenarioId, "scenarioId must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        Objects.requireNonNull(observed, "observed must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }
}
