package dev.corstck.tck.grading;

import dev.corstck.reference.server.ReferenceResponder;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.generation.ScenarioGenerator;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.Predictions;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run scenarios on the wire with bounded parallelism: the simulator drives the target (and, with a policy, the
 * reference implementation) so every request is browser-shaped; origins no browser can produce go out as raw
 * preflight and actual probes. Every wait is bounded by the run's deadline.
 */
final class WireStage implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Simulator simulator;
    private final Optional<GradingPolicy> policy;
    private final Map<Endpoint, Responder> references = new ConcurrentHashMap<>();
    private final TargetResponder target;
    private final String targetOrigin;
    private static final NoResponse NO_RESPONSE = new NoResponse.Other("no response from the target");
    private final long deadlineNanos;
    private final ExecutorService pool;

    WireStage(Simulator simulator, Optional<GradingPolicy> policy, TargetResponder target, String targetOrigin,
            long deadlineNanos, int parallelism) {
        this.simulator = simulator;
        this.policy = policy;
        this.target = target;
        this.targetOrigin = targetOrigin;
        this.deadlineNanos = deadlineNanos;
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "cors-tck-grade-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Start every scenario; the futures come back in scenario order. */
    List<Future<ScenarioRun>> submit(List<GeneratedScenario> scenarios) {
        List<Future<ScenarioRun>> futures = new ArrayList<>(scenarios.size());
        scenarios.forEach(s -> futures.add(pool.submit(() -> run(s))));
        return futures;
    }

    /**
     * Let go of the reference implementations of the endpoints at {@code paths}, once all their scenarios are done:
     * each keeps a journal of the requests it answered (up to {@link dev.corstck.reference.server.RequestJournal#CAPACITY}),
     * which would otherwise grow with the target's endpoints until the wire stage ends.
     */
    void release(Set<String> paths) {
        references.keySet().removeIf(e -> paths.contains(e.path()));
    }

    /** Start one scenario. */
    Future<ScenarioRun> submit(GeneratedScenario scenario) {
        return pool.submit(() -> run(scenario));
    }

    /** Wait for one scenario until the run's deadline; a scenario still running then is ERROR. */
    ScenarioRun await(Future<ScenarioRun> future, GeneratedScenario scenario) {
        try {
            long left = Math.max(0, deadlineNanos - System.nanoTime());
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ScenarioRun.notRun(scenario,
                    new NoResponse.DeadlinePassed("the run deadline passed before this scenario finished"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return ScenarioRun.notRun(scenario, new NoResponse.Interrupted("the run was interrupted"));
        } catch (ExecutionException e) {
            return ScenarioRun.notRun(scenario,
                    new NoResponse.Other("kit error while running the scenario: " + e.getCause()));
        }
    }

    /** Run one scenario. */
    ScenarioRun run(GeneratedScenario s) {
        Optional<Scenario> sim = s.simulatorScenario();
        return sim.isPresent() ? simulated(s, sim.get()) : raw(s);
    }

    /**
     * The reference implementation for the policy that applies on the scenario's endpoint (its own {@code cors}
     * overrides, or the top-level policy): one correct answer, kept as the worked example and as evidence.
     */
    private Optional<Responder> reference(GeneratedScenario s) {
        return policy.map(p -> references.computeIfAbsent(s.endpoint(),
                e -> new ReferenceResponder(p.corsFor(e))));
    }

    private ScenarioRun simulated(GeneratedScenario s, Scenario sim) {
        Optional<Responder> reference = reference(s);
        Map<Engine, Prediction> actual = lastFetches(simulator.predict(sim, target));
        Map<Engine, Prediction> expected = reference.map(r -> lastFetches(simulator.predict(sim, r))).orElse(Map.of());
        List<Exchange> exchanges = actual.get(Engine.SPEC).exchanges();
        List<Exchange> expectedExchanges = expected.isEmpty() ? List.of() : expected.get(Engine.SPEC).exchanges();
        Optional<NoResponse> failure = exchanges.stream().filter(e -> e.response().isEmpty()).findFirst()
                .map(e -> target.failureOf(e.targetOrigin(), e.request()).orElse(NO_RESPONSE))
                .or(() -> RedirectLoops.of(exchanges).map(NoResponse.RedirectLoop::new));
        return new ScenarioRun(s, exchanges, expectedExchanges, actual, expected, failure,
                Requirements.of(policy, s, exchanges));
    }

    private static Map<Engine, Prediction> lastFetches(Predictions p) {
        Map<Engine, Prediction> out = new LinkedHashMap<>();
        p.runs().keySet().forEach(e -> out.put(e, p.of(e)));
        return out;
    }

    /** Probe an origin no browser can produce: a preflight for the shape, then the actual request. */
    private ScenarioRun raw(GeneratedScenario s) {
        String url = s.url();
        String path = FetchUrl.parse(url).map(FetchUrl::target).orElse("/");
        List<String> names = s.shape().headers().stream().map(HeaderField::name).toList();
        HeaderList headers = new HeaderList(s.shape().headers());
        String body = ScenarioGenerator.body(s.shape().body()).text();
        List<RawRequest> requests = List.of(
                BrowserRequests.preflight(path, s.page().origin(), s.shape().method(), names),
                BrowserRequests.actual(s.shape().method(), path, s.page().origin(), headers, body));
        Optional<Responder> reference = reference(s);
        List<Exchange> exchanges = new ArrayList<>();
        List<Exchange> expected = new ArrayList<>();
        Optional<NoResponse> failure = Optional.empty();
        for (RawRequest request : requests) {
            ExchangeKind kind = request.method().equals("OPTIONS") ? ExchangeKind.PREFLIGHT : ExchangeKind.ACTUAL;
            Exchange e = exchange(target, kind, url, request);
            exchanges.add(e);
            if (e.response().isEmpty() && failure.isEmpty()) {
                failure = target.failureOf(targetOrigin, request).or(() -> Optional.of(NO_RESPONSE));
            }
            reference.ifPresent(r -> expected.add(exchange(r, kind, url, request)));
        }
        return new ScenarioRun(s, exchanges, expected, Map.of(), Map.of(), failure,
                Requirements.of(policy, s, exchanges));
    }

    private Exchange exchange(Responder responder, ExchangeKind kind, String url, RawRequest request) {
        Optional<RawResponse> response;
        try {
            response = Optional.of(responder.respond(targetOrigin, request));
        } catch (ResponderException | RuntimeException e) {
            response = Optional.empty();
        }
        return new Exchange(kind, url, targetOrigin, request, response);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
