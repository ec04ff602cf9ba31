package dev.corstck.tck.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What discovery found: the inferred policy, observations for a reviewer, and the answers they rest on.
 *
 * @param target           the target's origin
 * @param started          when discovery began
 * @param took             how long it took
 * @param probes           how many requests were sent
 * @param budget           the most requests this run could have sent ({@link Discoverer#budget})
 * @param paths            the paths probed
 * @param policy           the inferred policy: what most paths share, and each path's overrides
 * @param observations     what a reviewer should know, with rule IDs
 * @param originsByPath    per path, its answers to the first round of origins
 * @param lookAlikesByPath per path, the answers to look-alikes of its allowed origins (paths that allow the same
 *                         origins share one list)
 * @param preflights       every preflight answer
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscoveryReport(String target, Instant started, Duration took, int probes, int budget,
        List<String> paths, InferredPolicy policy, List<Observation> observations,
        Map<String, List<OriginAnswer>> originsByPath, Map<String, List<OriginAnswer>> lookAlikesByPath,
        List<PreflightAnswer> preflights) {

    public DiscoveryReport {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(started, "started must not be null");
        Objects.requireNonNull(took, "took must not be null");
        paths = List.copyOf(Objects.requireNonNull(paths, "paths must not be null"));
        Objects.requireNonNull(policy, "policy must not be null");
        observations = List.copyOf(Objects.requireNonNull(observations, "observations must not be null"));
        originsByPath = copy(Objects.requireNonNull(originsByPath, "originsByPath must not be null"));
        lookAlikesByPath = copy(Objects.requireNonNull(lookAlikesByPath, "lookAlikesByPath must not be null"));
        preflights = List.copyOf(Objects.requireNonNull(preflights, "preflights must not be null"));
        if (paths.isEmpty() || !originsByPath.keySet().equals(new java.util.HashSet<>(paths))) {
            throw new IllegalArgumentException("originsByPath must have exactly the probed paths");
        }
    }

    /** Return the first path's answers to the first round of origins. */
    public List<OriginAnswer> origins() {
        return originsByPath.get(paths.get(0));
    }

    /** Return every look-alike answer once, the first path's first. */
    public List<OriginAnswer> lookAlikes() {
        return paths.stream().map(p -> lookAlikesByPath.getOrDefault(p, List.of())).distinct()
                .flatMap(List::stream).toList();
    }

    private static Map<String, List<OriginAnswer>> copy(Map<String, List<OriginAnswer>> map) {
        Map<String, List<OriginAnswer>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
