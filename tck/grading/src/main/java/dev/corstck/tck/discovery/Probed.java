package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.Exchange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything discovery sent and got, per path, before inference.
 *
 * @param paths           the paths probed, in the order given
 * @param withoutOrigin   per path, the GET sent without {@code Origin}
 * @param origins         per path, the first round of origins (plus the origins the target advertised, if any)
 * @param lookAlikes      per path, the look-alikes of its allowed origins; paths with the same allowed origins share
 *                        one list, sent to the first of them
 * @param probeOrigins    per path, the allowed origin its own GETs showed (a listed one first, else the random one
 *                        when every origin is let in); absent when the path allowed none
 * @param preflightOrigin per path, the origin its preflights were sent from: its own, else the first path's that has
 *                        one (a path may answer preflights and refuse GETs); absent when no path allowed any
 * @param credentialed    per path, whether preflights were judged as credentialed (its preflight origin allowed
 *                        credentials on the path that showed it)
 * @param preflights      every preflight, all paths
 * @param probes          how many requests went out
 */
record Probed(List<String> paths, Map<String, Exchange> withoutOrigin, Map<String, List<OriginAnswer>> origins,
        Map<String, List<OriginAnswer>> lookAlikes, Map<String, Optional<OriginAnswer>> probeOrigins,
        Map<String, Optional<String>> preflightOrigin, Map<String, Boolean> credentialed,
        List<PreflightAnswer> preflights, int probes) {

    Optional<OriginAnswer> answer(String path, String origin) {
        return origins.get(path).stream().filter(a -> a.candidate().origin().equals(origin)).findFirst();
    }

    /** Return the answer of {@code path} to the random origin. */
    Optional<OriginAnswer> random(String path) {
        return origins.get(path).stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM).findFirst();
    }

    /** Return the allowed origin {@code path} showed on GET, if any. */
    Optional<OriginAnswer> probeOrigin(String path) {
        return probeOrigins.get(path);
    }

    /**
     * Answer whether GET is not routed on {@code path}: every origin got 405 and no CORS headers, so its GETs say
     * nothing about which origins it lets in (a route mapped for other methods only).
     */
    boolean getNotRouted(String path) {
        List<OriginAnswer> answers = origins.get(path);
        return answers.stream().allMatch(a -> a.access() == Access.ABSENT
                && a.exchange().response().map(r -> r.status() == 405).orElse(false));
    }

    List<PreflightAnswer> preflights(String path) {
        return preflights.stream().filter(a -> a.path().equals(path)).toList();
    }
}
