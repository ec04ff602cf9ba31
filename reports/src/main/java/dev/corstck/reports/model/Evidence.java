package dev.corstck.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keep everything a reader needs to check a finding by hand: the raw exchanges, the browser's observation and the
 * simulator's step-by-step explanation.
 *
 * @param exchanges   preflight and actual request (and redirects), in the order they happened
 * @param observation what a real browser showed; empty for wire and simulator findings
 * @param explanation the simulator's steps, each citing a Fetch anchor
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Evidence(List<Exchange> exchanges, Optional<Observation> observation,
                       List<ExplanationStep> explanation) {

    /** Evidence with nothing in it, e.g. for a finding SKIPPED before any request was made. */
    public static final Evidence NONE = new Evidence(List.of(), Optional.empty(), List.of());

    public Evidence {
        exchanges = List.copyOf(exchanges);
        Objects.requireNonNull(observation, "observation must not be null");
        explanation = List.copyOf(explanation);
    }

    /** Evidence from the wire and the simulator, without a browser. */
    public static Evidence of(List<Exchange> exchanges, List<ExplanationStep> explanation) {
        return new Evidence(exchanges, Optional.empty(), explanation);
    }

    /** Return a copy with the browser's observation attached. */
    public Evidence withObservation(Observation value) {
        return new Evidence(exchanges, Optional.of(value), explanation);
    }

    /** Return the exchange of the given kind, if one was made. */
    public Optional<Exchange> exchange(ExchangeKind kind) {
        return exchanges.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
