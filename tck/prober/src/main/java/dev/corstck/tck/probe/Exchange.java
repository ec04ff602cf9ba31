package dev.corstck.tck.probe;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keep one probe as evidence: what was sent, to whom, what came back (or why nothing did), and when.
 *
 * @param target  where the request went
 * @param request the request exactly as sent, plus the {@code Host} and {@code Content-Length} lines the prober
 *                added when they were missing
 * @param outcome the response, or the failure
 * @param timing  when, and how long
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exchange(ProbeTarget target, RawRequest request, ProbeOutcome outcome, Timing timing) {

    public Exchange {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(timing, "timing must not be null");
    }

    /** Return the response, when one came back. */
    public Optional<RawResponse> response() {
        return outcome instanceof ProbeOutcome.Answered a ? Optional.of(a.response()) : Optional.empty();
    }

    /** Return the failure, when no response came back. */
    public Optional<ProbeFailure> failure() {
        return outcome instanceof ProbeOutcome.Failed f ? Optional.of(f.failure()) : Optional.empty();
    }

    /** Describe the exchange in one line: {@code OPTIONS /x -> 204} or {@code GET /x -> connection refused: ...}. */
    public String summary() {
        String head = request.method() + " " + target.origin() + request.target() + " -> ";
        if (outcome instanceof ProbeOutcome.Answered a) {
            return head + a.response().status();
        }
        return head + ((ProbeOutcome.Failed) outcome).failure().describe();
    }
}
