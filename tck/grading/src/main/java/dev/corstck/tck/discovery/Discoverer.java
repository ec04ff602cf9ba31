package dev.corstck.tck.discovery;

import dev.corstck.fetch.http.HeaderList;
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
 * {@code Vary}. Each path is read on its own, since real servers configure CORS per route; the policy is what most
 * paths share, and each path that differs gets its own {@code cors} overrides. Everything runs in parallel within
 * {@link DiscoveryOptions#timeout()}, and never sends more than {@link #budget} requests.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Discoverer {

    /** Methods each path is preflighted for, besides a random one that shows whether any method is echoed. */
    static final List<String> METHODS = List.of("PUT", "PATCH", "DELETE", "POST");

    /** Request headers each path is preflighted for, besides a random one that shows whether any is echoed. */
    static final List<String> HEADERS = List.of("Content-Type", "Authorization", "X-Requested-With");

    /** The most origins a target advertises in a fixed {@code Access-Control-Allow-Origin} that are tried. */
    static final int MAX_ADVERTISED = 4;

    /** The most allowed origins of one allow-list whose look-alikes are sent. */
    static final int MAX_LOOK_ALIKE_SEEDS = 6;

    /** The most distinct allow-lists (sets of allowed origins) whose look-alikes are sent. */
    static final int MAX_LOOK_ALIKE_LISTS = 4;

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
                    probed.probes() + 1, budget(options), options.paths(), PolicyInference.infer(probed),
                    ObservationFinder.find(probed), probed.origins(), probed.lookAlikes(), probed.preflights()));
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
            List<CandidateOrigin> advertised = advertised(origins, round);
            if (!advertised.isEmpty()) {
                askOrigins(advertised).forEach((path, answers) -> origins.get(path).addAll(answers));
            }
            Map<String, List<OriginAnswer>> lookAlikes = lookAlikes(origins);
            Map<String, Optional<OriginAnswer>> own = new LinkedHashMap<>();
            options.paths().forEach(path -> own.put(path, probeOrigin(origins.get(path))));
            Optional<OriginAnswer> fallback = options.paths().stream().map(own::get).flatMap(Optional::stream)
                    .findFirst();
            Map<String, Optional<String>> preflightOrigin = new LinkedHashMap<>();
            Map<String, Boolean> credentialed = new LinkedHashMap<>();
            for (String path : options.paths()) {
                Optional<OriginAnswer> from = own.get(path).or(() -> fallback);
                preflightOrigin.put(path, from.map(a -> a.candidate().origin()));
                credentialed.put(path, from.map(OriginAnswer::allowsWithCredentials).orElse(false));
            }
            List<PreflightAnswer> preflights = preflights(preflightOrigin, credentialed);
            return new Probed(options.paths(), withoutOrigin, origins, lookAlikes, own, preflightOrigin, credentialed,
                    preflights, probes);
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

        /**
         * Return the fixed origins the paths name for a random requester, each once and not already tried, at most
         * {@link #MAX_ADVERTISED}: configured origins worth trying on every path.
         */
        private List<CandidateOrigin> advertised(Map<String, List<OriginAnswer>> origins, List<CandidateOrigin> tried) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            tried.forEach(c -> seen.add(c.origin()));
            List<CandidateOrigin> out = new ArrayList<>();
            for (String path : options.paths()) {
                origins.get(path).stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM)
                        .filter(a -> a.access() == Access.OTHER_VALUE).map(OriginAnswer::allowOrigin)
                        .filter(v -> v.matches("https?://[^/,\\s]+")).filter(seen::add)
                        .forEach(v -> out.add(CandidateOrigin.of(v, OriginKind.ADVERTISED)));
            }
            return out.stream().limit(MAX_ADVERTISED).toList();
        }

        /**
         * Send the look-alikes of each path's allowed origins (at most {@link #MAX_LOOK_ALIKE_SEEDS} of them) to that
         * path. Paths that allow the same origins share one set of answers, sent to the first of them; at most
         * {@link #MAX_LOOK_ALIKE_LISTS} distinct allow-lists are probed. Paths that let every origin in get none.
         */
        private Map<String, List<OriginAnswer>> lookAlikes(Map<String, List<OriginAnswer>> origins) {
            Map<List<String>, String> firstPathOf = new LinkedHashMap<>();
            Map<String, List<String>> listOf = new LinkedHashMap<>();
            for (String path : options.paths()) {
                List<OriginAnswer> answers = origins.get(path);
                boolean open = answers.stream().anyMatch(a -> a.candidate().kind() == OriginKind.RANDOM
                        && a.access().allowsWithoutCredentials());
                List<String> allowed = specificAllowed(answers).stream().map(a -> a.candidate().origin())
                        .limit(MAX_LOOK_ALIKE_SEEDS).toList();
                if (open || allowed.isEmpty()) {
                    continue; // every origin is allowed, or none: look-alikes add nothing
                }
                if (firstPathOf.containsKey(allowed) || firstPathOf.size() < MAX_LOOK_ALIKE_LISTS) {
                    firstPathOf.putIfAbsent(allowed, path);
                    listOf.put(path, allowed);
                }
            }
            List<CandidateOrigin> looks = new ArrayList<>();
            List<String> looksPath = new ArrayList<>();
            firstPathOf.forEach((allowed, path) -> allowed.forEach(o -> CandidateOrigins.lookAlikes(o, options.nonce())
                    .forEach(c -> {
                        looks.add(c);
                        looksPath.add(path);
                    })));
            List<ProbeJob> jobs = new ArrayList<>();
            for (int i = 0; i < looks.size(); i++) {
                jobs.add(new ProbeJob(options.target(), BrowserRequests.actual("GET", looksPath.get(i),
                        looks.get(i).origin(), HeaderList.empty(), "")));
            }
            List<Exchange> results = send(jobs);
            Map<String, List<OriginAnswer>> byFirstPath = new LinkedHashMap<>();
            for (int i = 0; i < looks.size(); i++) {
                byFirstPath.computeIfAbsent(looksPath.get(i), k -> new ArrayList<>())
                        .add(OriginAnswer.read(looks.get(i), results.get(i)));
            }
            Map<String, List<OriginAnswer>> out = new LinkedHashMap<>();
            for (String path : options.paths()) {
                List<String> allowed = listOf.get(path);
                out.put(path, allowed == null ? List.of()
                        : List.copyOf(byFirstPath.getOrDefault(firstPathOf.get(allowed), List.of())));
            }
            return out;
        }

        /**
         * The allowed origin a path showed: a listed one first (another site's before the target's own origin and its
         * variants, which some servers do not treat as cross-origin), else the random one when every origin is let in.
         */
        private static Optional<OriginAnswer> probeOrigin(List<OriginAnswer> answers) {
            List<OriginAnswer> specific = specificAllowed(answers).stream().sorted(java.util.Comparator.comparing(
                    a -> a.candidate().kind() == OriginKind.SELF || a.candidate().kind() == OriginKind.SELF_VARIANT))
                    .toList();
            if (!specific.isEmpty()) {
                return Optional.of(specific.get(0));
            }
            return answers.stream().filter(a -> a.candidate().kind() == OriginKind.RANDOM)
                    .filter(a -> a.access().allowsWithoutCredentials()).findFirst();
        }

        private List<PreflightAnswer> preflights(Map<String, Optional<String>> origins, Map<String, Boolean> creds) {
            List<Ask> asks = asks(options.nonce());
            List<ProbeJob> jobs = new ArrayList<>();
            List<String> jobPaths = new ArrayList<>();
            for (String path : options.paths()) {
                origins.get(path).ifPresent(origin -> asks.forEach(a -> {
                    jobs.add(new ProbeJob(options.target(), BrowserRequests.preflight(path, origin, a.method(),
                            a.header().isEmpty() ? List.of() : List.of(a.header()))));
                    jobPaths.add(path);
                }));
            }
            List<Exchange> results = send(jobs);
            List<PreflightAnswer> out = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                String path = jobPaths.get(i);
                Ask a = asks.get(i % asks.size());
                out.add(PreflightAnswer.judge(path, a.method(), a.header(), origins.get(path).orElseThrow(),
                        creds.get(path), results.get(i)));
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

    /** Return the preflights each path gets: {@link #METHODS}, a made-up method, {@link #HEADERS}, a made-up header. */
    private static List<Ask> asks(String nonce) {
        List<Ask> asks = new ArrayList<>();
        METHODS.forEach(m -> asks.add(new Ask(m, "")));
        asks.add(new Ask(randomMethod(nonce), ""));
        HEADERS.forEach(h -> asks.add(new Ask("GET", h)));
        asks.add(new Ask("GET", randomHeader(nonce)));
        return asks;
    }

    /**
     * Return the most requests {@code options} can make discovery send. Per path: one GET without {@code Origin},
     * one GET per first-round origin ({@link CandidateOrigins#firstRound}: about 14 plus the hints), one per
     * advertised origin (at most {@link #MAX_ADVERTISED}) and {@link #preflightsPerPath()} preflights; plus the
     * look-alikes (at most {@link #MAX_LOOK_ALIKE_LISTS} allow-lists of {@link #MAX_LOOK_ALIKE_SEEDS} origins,
     * {@link CandidateOrigins#MAX_LOOK_ALIKES} each) and the first reachability probe.
     */
    public static int budget(DiscoveryOptions options) {
        int firstRound = CandidateOrigins.firstRound(options.target(), options.hints(), options.nonce()).size();
        int perPath = 1 + firstRound + MAX_ADVERTISED + preflightsPerPath();
        return 1 + options.paths().size() * perPath
                + MAX_LOOK_ALIKE_LISTS * MAX_LOOK_ALIKE_SEEDS * CandidateOrigins.MAX_LOOK_ALIKES;
    }

    /** Return how many preflights each path gets. */
    public static int preflightsPerPath() {
        return METHODS.size() + HEADERS.size() + 2;
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
