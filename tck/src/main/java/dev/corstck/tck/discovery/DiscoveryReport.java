package dev.corstck.tck.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What discovery found: the inferred policy, observations for a reviewer, and the answers they rest on.
 *
 * @param target      the target's origin
 * @param started     when discovery began
 * @param took        how long it took
 * @param probes      how many requests were sent
 * @param paths       the paths probed
 * @param policy      the inferred policy
 * @param observations what a reviewer should know, with rule IDs
 * @param origins     the first path's answers to the first round of origins
 * @param lookAlikes  the answers to look-alikes of allowed origins
 * @param preflights  every preflight answer
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscoveryReport(String target, Instant started, Duration took, int probes, List<String> paths,
        InferredPolicy policy, List<Observation> observations, List<OriginAnswer> origins,
        List<OriginAnswer> lookAlikes, List<PreflightAnswer> preflights) {

    public DiscoveryReport {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(started, "started must not be null");
        Objects.requireNonNull(took, "took must not be null");
        paths = List.copyOf(Objects.requireNonNull(paths, "paths must not be null"));
        Objects.requireNonNull(policy, "policy must not be null");
        observations = List.copyOf(Objects.requireNonNull(observations, "observations must not be null"));
        origins = List.copyOf(Objects.requireNonNull(origins, "origins must not be null"));
        lookAlikes = List.copyOf(Objects.requireNonNull(lookAlikes, "lookAlikes must not be null"));
        preflights = List.copyOf(Objects.requireNonNull(preflights, "preflights must not be null"));
    }
}
