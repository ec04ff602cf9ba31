package dev.corstck.reference.scenario;

import dev.corstck.reference.decision.Denial;
import dev.corstck.fetch.http.HeaderList;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a scenario should produce. {@code decision}, {@code denial}, {@code status} and {@code corsHeaders} are about
 * the first request on the wire (the preflight when one is sent, else the actual request) as the reference server
 * answers it; {@code corsHeaders} holds every {@code Access-Control-*} and {@code Vary} line of that response.
 * {@code outcome} and {@code traffic} are what a browser ends with.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Expectation(DecisionKind decision, Optional<Denial> denial, int status, HeaderList corsHeaders,
        BrowserOutcome outcome, WireTraffic traffic) {

    public Expectation {
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(denial, "denial must not be null");
        Objects.requireNonNull(corsHeaders, "corsHeaders must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(traffic, "traffic must not be null");
        if (denial.isPresent() != (decision == DecisionKind.DISALLOWED)) {
            throw new IllegalArgumentException("a denial goes with DISALLOWED, and only with it");
        }
    }
}
