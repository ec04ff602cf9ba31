package dev.corstck.tck.explain;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.simulator.Engine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One request explained under every engine profile.
 *
 * @param input the request as the input showed it
 * @param preflight where its preflight comes from
 * @param preflightRequest the preflight as the browser sends it (recorded, reconstructed or sent), when there is one
 * @param engines the verdict per profile, spec first
 * @param decideWith the {@code cors-tck explain --url …} line that would decide what the input could not, if any
 * @param diagnosis what extra probes of a live server showed (which requested header it refuses …)
 * @param evidence the items of the input the explanation used ({@code entry 3}, {@code OPTIONS /x -> 204})
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Explained(ExplainInput input, PreflightSource preflight, Optional<RawRequest> preflightRequest,
        Map<Engine, EngineVerdict> engines, Optional<String> decideWith, List<String> diagnosis,
        List<String> evidence) {

    public Explained {
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(preflight, "preflight must not be null");
        Objects.requireNonNull(preflightRequest, "preflightRequest must not be null");
        engines = Collections.unmodifiableMap(new LinkedHashMap<>(engines));
        Objects.requireNonNull(decideWith, "decideWith must not be null");
        diagnosis = List.copyOf(diagnosis);
        evidence = List.copyOf(evidence);
    }

    /** Answer whether any profile blocks the request, or the recording browser did (its cause undecided or not). */
    public boolean isBlocked() {
        return engines.values().stream().anyMatch(v -> v.outcome().isBlocked())
                || input.recorded().result() == BrowserRecord.Result.BLOCKED;
    }

    /** Answer whether any profile was decided. */
    public boolean isDecided() {
        return engines.values().stream().anyMatch(v -> v.outcome().isDecided());
    }

    /** Answer whether the recording browser blocked it but no profile could say why. */
    public boolean isBlockedUndecided() {
        return !isDecided() && input.recorded().result() == BrowserRecord.Result.BLOCKED;
    }

    /** The verdict that leads the text: the spec's if blocked, else the first blocked engine's, else the spec's. */
    public EngineVerdict lead() {
        return engines.values().stream().filter(v -> v.outcome().isBlocked()).findFirst()
                .orElse(engines.values().iterator().next());
    }

    /** The union of the rules the engines name, in order. */
    public List<String> rules() {
        return engines.values().stream().flatMap(v -> v.rules().stream()).distinct().toList();
    }
}
