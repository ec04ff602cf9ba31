package dev.corstck.reports.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Count, for one browser engine, how many scenarios the simulator predicted right, and list the ones it did not.
 *
 * @param engine        the browser engine compared with the simulator
 * @param scenarios     scenarios run in both
 * @param agreed        scenarios where prediction and observation matched
 * @param disagreements the scenarios that did not match (at most {@code scenarios - agreed} of them)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineAgreement(Engine engine, int scenarios, int agreed, List<Disagreement> disagreements) {

    public EngineAgreement {
        Objects.requireNonNull(engine, "engine must not be null");
        if (scenarios < 0 || agreed < 0 || agreed > scenarios) {
            throw new IllegalArgumentException("need 0 <= agreed <= scenarios, got agreed=" + agreed
                    + " scenarios=" + scenarios);
        }
        disagreements = List.copyOf(disagreements);
        if (disagreements.size() > scenarios - agreed) {
            throw new IllegalArgumentException(disagreements.size() + " disagreements listed but only "
                    + (scenarios - agreed) + " scenarios disagreed");
        }
    }

    /** Answer whether every scenario agreed. */
    public boolean isFullAgreement() {
        return agreed == scenarios;
    }
}
