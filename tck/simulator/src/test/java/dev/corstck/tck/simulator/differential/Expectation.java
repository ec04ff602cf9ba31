package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.PreflightUse;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the last fetch of a scenario should give: the outcome script sees and whether a preflight went out for it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Expectation(Outcome outcome, PreflightUse preflight) {

    public Expectation {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(preflight, "preflight must not be null");
    }

    public static Expectation of(Outcome outcome, PreflightUse preflight) {
        return new Expectation(outcome, preflight);
    }

    @Override
    public String toString() {
        return outcome + "/" + preflight;
    }
}
