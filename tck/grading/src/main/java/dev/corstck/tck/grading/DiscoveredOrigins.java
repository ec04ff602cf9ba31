package dev.corstck.tck.grading;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.tck.discovery.Discoverer;
import dev.corstck.tck.discovery.DiscoveryOptions;
import dev.corstck.tck.discovery.DiscoveryResult;
import dev.corstck.tck.discovery.InferredPolicy;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.WireProber;
import java.time.Duration;
import java.util.List;

/**
 * Without a declared policy, ask discovery which origins the target lets in, so the look-alikes of those origins are
 * probed too. The inferred origins only seed scenario generation: with no declared policy, what the target grants
 * is taken as meant, and only the Fetch invariants and the security posture are graded.
 */
final class DiscoveredOrigins {

    /** The longest discovery may take inside a grading run. */
    static final Duration LIMIT = Duration.ofSeconds(20);

    private DiscoveredOrigins() {
    }

    /** The policy scenarios are generated from: the endpoints, and the origins discovery saw allowed (if any). */
    static GradingPolicy generationPolicy(GradeRequest request, List<Endpoint> endpoints) {
        CorsPolicy origins = CorsPolicy.denyAll();
        Duration limit = request.runTimeout().compareTo(LIMIT) < 0 ? request.runTimeout() : LIMIT;
        try (WireProber prober = new WireProber(ProbeOptions.defaults().withRequestTimeout(request.requestTimeout()))) {
            DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(request.target()))
                    .withPaths(endpoints.stream().map(Endpoint::path).distinct().toList()).withTimeout(limit);
            if (new Discoverer(prober).discover(options) instanceof DiscoveryResult.Discovered d) {
                InferredPolicy inferred = d.report().policy();
                // Every origin some path lets in seeds look-alikes, not only the paths' majority list.
                List<String> seeds = inferred.originsOnAnyPath().isEmpty() ? inferred.origins()
                        : inferred.originsOnAnyPath();
                if (!seeds.isEmpty() && (inferred.originMode() == InferredPolicy.OriginMode.LISTED
                        || !inferred.originsOnAnyPath().isEmpty())) {
                    origins = CorsPolicy.builder().origins(seeds.toArray(String[]::new)).build();
                }
            }
        } catch (IllegalArgumentException e) {
            // an inferred origin the policy model refuses (InvalidPolicyException): keep the fixed probes only
        }
        return new GradingPolicy(origins, endpoints, GradingPolicy.EndpointSource.DECLARED);
    }
}
