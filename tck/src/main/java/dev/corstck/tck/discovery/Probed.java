package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.Exchange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything discovery sent and got, per path, before inference.
 *
 * @param withoutOrigin  per path, the GET sent without {@code Origin}
 * @param origins        per path, the first round of origins (plus the origin the target advertised, if any)
 * @param lookAlikes     look-alikes of the allowed origins, sent to the first path
 * @param probeOrigin    the allowed origin preflights were sent from; empty when none was allowed
 * @param credentialed   whether the target allows credentials for {@code probeOrigin}
 * @param preflights     every preflight, all paths
 * @param probes         how many requests went out
 */
record Probed(List<String> paths, Map<String, Exchange> withoutOrigin, Map<String, List<OriginAnswer>> origins,
        List<OriginAnswer> lookAlikes, Optional<String> probeOrigin, boolean credentialed,
        List<PreflightAnswer> preflights, int probes) {

    List<OriginAnswer> primary() {
        return origins.get(paths.get(0));
    }

    /** Return the answers of every path, the first path first. */
    List<OriginAnswer> allPaths() {
        return paths.stream().flatMap(path -> origins.get(path).stream()).toList();
    }

    Optional<OriginAnswer> answer(String path, String origin) {
        return origins.get(path).stream().filter(a -> a.candidate().origin().equals(origin)).findFirst();
    }

    Optional<OriginAnswer> random() {
        return primary().stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM).findFirst();
    }
}
