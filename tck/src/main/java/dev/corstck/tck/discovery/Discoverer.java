package dev.corstck.tck.discovery;

import dev.corstck.reference.http.HeaderList;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.probe.Exchange;
import dev.corstck.tck.probe.ProbeJob;
import dev.corstck.tck.probe.ProbeRunner;
import dev.corstck.tck.probe.WireProber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Infer a target's effective CORS policy from wire probes: which origins it lets read responses (its own origin and
 * variants, development origins, {@code null}, a random origin, look-alikes of each allowed one), then, from an
 * allowed origin, which methods and request headers its preflights allow, credentials, exposed headers, max-age and
 * {@code Vary}. Everything runs in parallel within {@link DiscoveryOptions#timeout()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Discoverer {

    /** Methods each path is preflighted for, besides a random one that shows whether any method is echoed. */
    static final List<String> METHODS = List.of("PUT", "PATCH", "DELETE", "POST");

    /** Request headers each path is preflighted for, besides a random one that shows whether any is echoed. */
    static final List<String> HEADERS = List.of("Content-Type", "Authorization", "X-Requested-With");

    private final WireProber prober;

    /** Probe through {@code prober}, which the caller owns and closes. */
    public Discoverer(WireProber prober) {
        this.prober = Objects.requireNonNull(prober, "prober must not be null");
    }

    /** Run discovery; an unreachable target is a result, not an exception. */
    public DiscoveryResult discover(DiscoveryOptions options) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Exchange first = prober.exchange(options.target(), BrowserRequests.withoutOrigin("GET", options.paths().get(0)));
        if (first.failure().isPresent()) {
            return new DiscoveryResult.Unreachable(options.target().origin(), first.failure().get());
        }
        try (ProbeRunner runner = new ProbeRunner(prober, options.workers())) {
            Probed probed = new Session(runner, options, t0).run();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            return new DiscoveryResult.Discovered(new DiscoveryReport(options.target().origin(), started, took,
                    probed.probes() + 1, options.paths(), PolicyInference.infer(probed),
                    ObservationFinder.find(probed), probed.primary(), probed.lookAlikes(),
                    probed.preflights()));
        }
    }

    /** One discovery run: the probing rounds, each a parallel batch within what is left of the timeout. */
    private static final class Session {
        private final ProbeRunner runner;
        private final DiscoveryOptions options;
        private final long endNanos;
        private int probes;

        Session(ProbeRunner runner, DiscoveryOptions options, long t0) {
            this.runner = runner;
            this.options = options;
            this.endNanos = t0 + options.timeout().toNanos();
        }

        Probed run() {
            Map<String, Exchange> withoutOrigin = withoutOrigin();
            List<CandidateOrigin> round = new ArrayList<>(CandidateOrigins.firstRound(options.target(), options.hints(),
                    options.nonce()));
            Map<String, List<OriginAnswer>> origins = askOrigins(round);
            advertised(origins.get(options.paths().get(0))).ifPresent(adv -> {
                round.add(adv);
                Map<String, List<OriginAnswer>> more = askOrigins(List.of(adv));
                more.forEach((path, answers) -> origins.get(path).addAll(answers));
            });
            List<OriginAnswer> all = options.paths().stream().flatMap(path -> origins.get(path).stream()).toList();
            List<OriginAnswer> lookAlikes = lookAlikes(origins.get(options.paths().get(0)), all);
            Optional<OriginAnswer> probe = probeOrigin(all);
            boolean credentialed = probe.map(OriginAnswer::allowsWithCredentials).orElse(false);
            List<PreflightAnswer> preflights = probe.map(p -> preflights(p.candidate().origin(), credentialed))
                    .orElse(List.of());
            return new Probed(options.paths(), withoutOrigin, origins, lookAlikes,
                    probe.map(p -> p.candidate().origin()), credentialed, preflights, probes);
        }

        private Map<String, Exchange> withoutOrigin() {
            List<ProbeJob> jobs = options.paths().stream().map(p -> new ProbeJob(options.target(),
                    BrowserRequests.withoutOrigin("GET", p))).toList();
            List<Exchange> results = send(jobs);
            Map<String, Exchange> out = new LinkedHashMap<>();
            for (int i = 0; i < jobs.size(); i++) {
                out.put(options.paths().get(i), results.get(i));
            }
            return out;
        }

        private Map<String, List<OriginAnswer>> askOrigins(List<CandidateOrigin> candidates) {
            List<ProbeJob> jobs = new ArrayList<>();
            for (String path : options.paths()) {
                candidates.forEach(c -> jobs.add(new ProbeJob(options.target(), BrowserRequests.actual("GET", path,
                        c.origin(), HeaderList.empty(), ""))));
            }
            List<Exchange> results = send(jobs);
            Map<String, List<OriginAnswer>> out = new LinkedHashMap<>();
            int i = 0;
            for (String path : options.paths()) {
                List<OriginAnswer> answers = new ArrayList<>();
                for (CandidateOrigin c : candidates) {
                    answers.add(OriginAnswer.read(c, results.get(i++)));
                }
                out.put(path, answers);
            }
            return out;
        }

        /** A fixed origin the target names for a random requester: a configured origin worth trying. */
        private Optional<CandidateOrigin> advertised(List<OriginAnswer> primary) {
            return primary.stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM)
                    .filter(a -> a.access() == Access.OTHER_VALUE).map(OriginAnswer::allowOrigin)
                    .filter(v -> v.matches("https?://[^/,\\s]+")).findFirst()
                    .filter(v -> primary.stream().noneMatch(a -> a.candidate().origin().equals(v)))
                    .map(v -> CandidateOrigin.of(v, OriginKind.ADVERTISED));
        }

        private List<OriginAnswer> lookAlikes(List<OriginAnswer> primary, List<OriginAnswer> all) {
            boolean open = primary.stream().anyMatch(a -> a.candidate().kind() == OriginKind.RANDOM
                    && a.access().allowsWithoutCredentials());
            if (open) {
                return List.of(); // every origin is allowed: look-alikes add nothing
            }
            List<CandidateOrigin> looks = new ArrayList<>();
            specificAllowed(all).stream().limit(6).forEach(a ->
                    looks.addAll(CandidateOrigins.lookAlikes(a.candidate().origin(), options.nonce())));
            List<ProbeJob> jobs = looks.stream().map(c -> new ProbeJob(options.target(), BrowserRequests.actual("GET",
                    options.paths().get(0), c.origin(), HeaderList.empty(), ""))).toList();
            List<Exchange> results = send(jobs);
            List<OriginAnswer> out = new ArrayList<>();
            for (int i = 0; i < looks.size(); i++) {
                out.add(OriginAnswer.read(looks.get(i), results.get(i)));
            }
            return out;
        }

        private Optional<OriginAnswer> probeOrigin(List<OriginAnswer> all) {
            List<OriginAnswer> specific = specificAllowed(all);
            if (!specific.isEmpty()) {
                return Optional.of(specific.get(0));
            }
            return all.stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM)
                    .filter(a -> a.access().allowsWithoutCredentials()).findFirst();
        }

        private List<PreflightAnswer> preflights(String origin, boolean credentialed) {
            List<Ask> asks = new ArrayList<>();
            METHODS.forEach(m -> asks.add(new Ask(m, "")));
            asks.add(new Ask(randomMethod(options.nonce()), ""));
            HEADERS.forEach(h -> asks.add(new Ask("GET", h)));
            asks.add(new Ask("GET", randomHeader(options.nonce())));
            List<ProbeJob> jobs = new ArrayList<>();
            for (String path : options.paths()) {
                asks.forEach(a -> jobs.add(new ProbeJob(options.target(), BrowserRequests.preflight(path, origin,
                        a.method(), a.header().isEmpty() ? List.of() : List.of(a.header())))));
            }
            List<Exchange> results = send(jobs);
            List<PreflightAnswer> out = new ArrayList<>();
            int i = 0;
            for (String path : options.paths()) {
                for (Ask a : asks) {
                    out.add(PreflightAnswer.judge(path, a.method(), a.header(), origin, credentialed,
                            results.get(i++)));
                }
            }
            return out;
        }

        private List<Exchange> send(List<ProbeJob> jobs) {
            probes += jobs.size();
            Duration left = Duration.ofNanos(Math.max(1_000_000, endNanos - System.nanoTime()));
            return runner.run(jobs, left);
        }
    }

    /** One preflight to send: a method, and optionally one request header. */
    private record Ask(String method, String header) {
    }

    /** Return the made-up method that shows whether the target echoes any requested method. */
    static String randomMethod(String nonce) {
        return "TCK" + nonce.toUpperCase(java.util.Locale.ROOT);
    }

    /** Return the made-up header name that shows whether the target echoes any requested header. */
    static String randomHeader(String nonce) {
        return "X-Cors-Tck-" + nonce;
    }

    /**
     * Return the allowed origins other than the random one and {@code null}: the configured ones, each once, in the
     * order of {@code answers}.
     */
    static List<OriginAnswer> specificAllowed(List<OriginAnswer> answers) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return answers.stream().filter(a -> a.access() == Access.EXACT)
                .filter(a -> a.candidate().kind() != OriginKind.RANDOM && a.candidate().kind() != OriginKind.NULL)
                .filter(a -> seen.add(a.candidate().origin())).toList();
    }

}
