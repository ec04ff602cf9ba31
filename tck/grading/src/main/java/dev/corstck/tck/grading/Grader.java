package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.generation.ScenarioGenerator;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Simulator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Grade one target: generate the scenarios, run them on the wire (the simulator drives the prober, and the
 * reference implementation for the expected outcome), confirm them in real browsers, decide every selected rule
 * and return the target's report. Findings also go to the listener as they are decided.
 *
 * <pre>{@code
 * GradeRequest request = GradeRequest.builder("http://127.0.0.1:8080")
 *         .policy(new PolicySource.Declared(policy)).browsers(BrowserEngine.CHROMIUM).build();
 * TargetReport report = Grader.create().grade(request, GradingListener.NONE);
 * report.conformance();   // NON_CONFORMANT, with the findings that say why
 * }</pre>
 *
 * <p>The grader holds one endpoint at a time: the wire stage runs the plan endpoint by endpoint, the checks that
 * compare scenarios run on each endpoint as soon as its scenarios are done, and its runs are then let go (but for
 * those the browser stage will confirm, when browsers are requested). {@link #gradeStreamed} also leaves the findings
 * to the listener, so a grading of thousands of endpoints holds neither runs nor findings.
 *
 * <p>FAIL means non-conformance only: a target that cannot be reached, or a browser that cannot run a call, gives
 * ERROR or SKIPPED findings with the reason. Thread-safe: with browsers from {@link #create()} every grading has
 * its own; gradings by one {@link #sharing(BrowserHarness)} grader run their wire stages concurrently and take turns
 * in the shared harness for their browser stages.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Grader {

    private final Optional<BrowserHarness> shared;
    private final ReentrantLock browserTurn = new ReentrantLock();
    /** The shared harness's start, begun by the first grading (beside its wire stage) and awaited by every one. */
    private CompletableFuture<Void> sharedStart;
    /** How the wire stage groups the plan: by endpoint, or (the self-tests' oracle) the whole target at once. */
    private final Function<List<GeneratedScenario>, EndpointOrder> grouping;
    /** Told of every scenario run as it is graded: the self-tests' window on which runs the grader still holds. */
    private final Consumer<ScenarioRun> onGraded;

    private Grader(Optional<BrowserHarness> shared) {
        this(shared, EndpointOrder::byEndpoint, r -> { });
    }

    private Grader(Optional<BrowserHarness> shared, Function<List<GeneratedScenario>, EndpointOrder> grouping,
            Consumer<ScenarioRun> onGraded) {
        this.shared = shared;
        this.grouping = grouping;
        this.onGraded = onGraded;
    }

    /**
     * The grader as it was before it let endpoints go: the plan in its own order, every run held until the wire
     * stage ends and the checks across scenarios run on all of them at once. Self-tests compare the findings of
     * {@link #create()} with it; nothing else uses it.
     */
    static Grader holdingAllRuns() {
        return new Grader(Optional.empty(), EndpointOrder::wholeTarget, r -> { });
    }

    /** A grader like {@link #create()} that tells {@code graded} of each scenario run as it is graded (self-tests). */
    static Grader watching(Consumer<ScenarioRun> graded) {
        return new Grader(Optional.empty(), EndpointOrder::byEndpoint, graded);
    }

    /** A grader that starts the browsers each grading needs and stops them when it ends. */
    public static Grader create() {
        return new Grader(Optional.empty());
    }

    /**
     * A grader that runs browser calls in {@code harness}, which the caller owns, configures and closes; its
     * gradings use the harness one at a time, and the first of them starts it beside its wire stage. Share the
     * harness through this one grader only.
     */
    public static Grader sharing(BrowserHarness harness) {
        return new Grader(Optional.of(Objects.requireNonNull(harness, "harness must not be null")));
    }

    /**
     * Return the scenarios {@code request} will run, without running anything. Without a declared policy, grading
     * adds the look-alikes of the origins discovery finds allowed; this plan cannot know them.
     */
    public static List<GeneratedScenario> plan(GradeRequest request) {
        return selected(request, ScenarioGenerator.generate(policyOf(request), request.targetUrl()));
    }

    /**
     * Answer whether the rule {@code ruleId} is decided by comparing scenarios with one another ({@code Vary} across
     * origins, the request without {@code Origin}, loopback twins): grading a subset of the scenarios
     * ({@link GradeRequest#scenarios()}) compares that subset only.
     */
    public static boolean comparesScenarios(String ruleId) {
        return GradingChecks.comparesScenarios(ruleId);
    }

    private static List<GeneratedScenario> selected(GradeRequest request, List<GeneratedScenario> scenarios) {
        return request.scenarios().isEmpty() ? scenarios
                : scenarios.stream().filter(s -> request.selectsScenario(s.id())).toList();
    }

    /**
     * Grade the target of {@code request}: the findings go to {@code listener} as they are decided and come back in
     * the report, in the order they were decided (endpoint by endpoint, see {@link #gradeStreamed}).
     */
    public TargetReport grade(GradeRequest request, GradingListener listener) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        CollectingListener collecting = new CollectingListener(listener);
        GradeOutcome outcome = gradeStreamed(request, collecting);
        return new TargetReport(request.target(), request.label(), policyText(request), outcome.complete(),
                collecting.findings(), outcome.agreement());
    }

    /**
     * Grade the target of {@code request} without keeping the findings: each goes to {@code listener} as it is
     * decided, and the outcome says only how the grading ended. For gradings too large to hold (thousands of
     * endpoints): the grader itself holds one endpoint's runs at a time, and the runs real browsers will confirm.
     *
     * <pre>{@code
     * GradeOutcome outcome = Grader.create().gradeStreamed(request, new GradingListener() {
     *     public void finding(Finding f) { writer.add(f); }   // written out, not held
     * });
     * outcome.complete();   // false when a scenario cut the run short
     * }</pre>
     *
     * <p>Findings come endpoint by endpoint, in the order endpoints first appear in the {@linkplain #plan plan}: an
     * endpoint's per-scenario findings in plan order, then those of the checks that compare its scenarios and of its
     * probes; the browser stage's findings follow, as before. The same request always gives the same order.
     *
     * @since 0.1
     */
    public GradeOutcome gradeStreamed(GradeRequest request, GradingListener listener) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Run run = new Run(request, listener);
        // The order is the one holder of the plan: it lets each scenario go once graded.
        EndpointOrder scenarios = grouping.apply(request.policy() instanceof PolicySource.Undeclared u
                ? selected(request, ScenarioGenerator.generate(DiscoveredOrigins.generationPolicy(request,
                        u.endpoints()), request.targetUrl()))
                : plan(request));
        Optional<BrowserHarness> own = request.browsers().isEmpty() || shared.isPresent() ? Optional.empty()
                : Optional.of(BrowserHarness.create(BrowserSessions.forScenarios(request.browsers(), request.drivers(),
                        scenarios.scenarios())));
        try {
            // Browsers start while the wire stage runs: launching one takes longer than probing a local target.
            CompletableFuture<Void> warm = own.map(h -> CompletableFuture.runAsync(() -> warmUp(h)))
                    .orElseGet(() -> request.browsers().isEmpty() ? CompletableFuture.completedFuture(null)
                            : startShared());
            WireResult wire = wireStage(run, scenarios);
            warm.join();
            List<ScenarioRun> kept = wire.kept();
            BrowserResult browsers = own.isPresent() ? browserStage(run, kept, own) : browserStageInTurn(run, kept);
            return finish(run, wire, browsers);
        } finally {
            own.ifPresent(BrowserHarness::close);
        }
    }

    /**
     * The browser stage in a shared harness, one grading at a time: gradings that share it may run concurrently
     * (their wire stages overlap), and take turns here, so each target's confirmations still run alone in the
     * browser. A grading interrupted while it waits (its run was cut short) confirms nothing.
     */
    private BrowserResult browserStageInTurn(Run run, List<ScenarioRun> runs) {
        if (shared.isEmpty() || run.request.browsers().isEmpty()) {
            return BrowserResult.NONE;
        }
        try {
            browserTurn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BrowserResult.NONE;
        }
        try {
            return browserStage(run, runs, shared);
        } finally {
            browserTurn.unlock();
        }
    }

    /** Start the shared harness once, in the background, whichever grading comes first. */
    private synchronized CompletableFuture<Void> startShared() {
        if (sharedStart == null) {
            sharedStart = CompletableFuture.runAsync(() -> warmUp(shared.orElseThrow()));
        }
        return sharedStart;
    }

    /** Start the engines; a failure shows up later as ERROR observations that carry the reason. */
    private static void warmUp(BrowserHarness harness) {
        try {
            harness.warmUp();
        } catch (RuntimeException e) {
            // the browser stage retries the start and reports why it failed on every call
        }
    }

    private GradeOutcome finish(Run run, WireResult wire, BrowserResult browsers) {
        boolean complete = !wire.cutShort() && !Thread.currentThread().isInterrupted();
        GradingStats stats = new GradingStats(wire.graded(), wire.exchanges(), wire.time(), browsers.calls(),
                browsers.time(), complete);
        run.listener.finished(stats);
        return new GradeOutcome(complete, browsers.agreement(), stats);
    }

    /**
     * What the wire stage produced: the runs kept for the browser stage (in plan order), how many scenarios were
     * graded, whether one of them cut the run short, how many requests went out, and how long it took.
     */
    private record WireResult(List<ScenarioRun> kept, int graded, boolean cutShort, int exchanges, Duration time) {
    }

    /** What the browser stage produced: each engine's agreement, the calls made, and how long it took. */
    private record BrowserResult(List<EngineAgreement> agreement, int calls, Duration time) {
        static final BrowserResult NONE = new BrowserResult(List.of(), 0, Duration.ZERO);
    }

    /** The state of one grading. */
    private static final class Run {
        final GradeRequest request;
        final GradingListener listener;
        final Findings findings;
        final long deadline;

        Run(GradeRequest request, GradingListener listener) {
            this.request = request;
            this.listener = listener;
            this.findings = new Findings(request, listener::finding, listener::console);
            this.deadline = System.nanoTime() + request.runTimeout().toNanos();
        }

        Optional<GradingPolicy> declared() {
            return request.policy().declared();
        }
    }

    /**
     * Run the plan on the wire endpoint by endpoint ({@link EndpointOrder}), grading each run as it comes back and
     * each endpoint once its last run is in; then let the endpoint's runs go, but for those the browser stage may
     * confirm. At most {@link #AHEAD} times the parallelism scenarios run ahead of the grading, so finished runs do
     * not pile up in their futures while the grading catches up.
     */
    private WireResult wireStage(Run run, EndpointOrder order) {
        GradeRequest request = run.request;
        run.listener.planned(order.size(), request.browsers().isEmpty() ? 0 : order.size());
        Simulator simulator = Simulator.of(profiles(request).toArray(BrowserProfile[]::new));
        boolean keep = !request.browsers().isEmpty();
        long t0 = System.nanoTime();
        TreeMap<Integer, ScenarioRun> kept = new TreeMap<>();
        int graded = 0;
        boolean cutShort = false;
        int exchanges;
        try (WireProber prober = new WireProber(probeOptions(request));
                FollowUpProbes followUps = new FollowUpProbes(request, run.declared(), run.deadline,
                        order.firstAllowed())) {
            TargetResponder target = new TargetResponder(prober, run.deadline, request.runTimeout().toString());
            Check.ProbeContext probes = new Check.ProbeContext(target, request.targetUrl().origin(), run.declared(),
                    order.firstAllowed());
            EndpointChecks endpoints = new EndpointChecks(probes, followUps, run.findings);
            try (WireStage stage = new WireStage(simulator, run.declared(), target, request.targetUrl().origin(),
                    run.deadline, request.parallelism())) {
                int ahead = AHEAD * request.parallelism();
                ArrayDeque<Future<ScenarioRun>> running = new ArrayDeque<>();
                int submitted = 0;
                List<ScenarioRun> endpoint = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    if (RunStop.isCut()) {
                        break; // cut short by ReportedGrading (a limit or a signal): its report is being written
                    }
                    for (; submitted < order.size() && submitted <= i + ahead; submitted++) {
                        running.add(stage.submit(order.scenario(submitted)));
                    }
                    ScenarioRun r = stage.await(running.poll(), order.scenario(i));
                    order.release(i);
                    graded++;
                    cutShort |= r.failure().filter(NoResponse::cutsRunShort).isPresent();
                    onGraded.accept(r);
                    ScenarioChecks.check(r, run.declared(), run.findings);
                    run.listener.progress("wire", i + 1, order.size());
                    endpoint.add(r);
                    if (keep && BrowserStage.mayConfirm(r, request.browserScope())) {
                        kept.put(order.planIndex(i), r);
                    }
                    if (order.endsGroup(i)) {
                        endpoints.check(endpoint);
                        target.forget(endpoint);
                        stage.release(endpoint.stream().map(x -> x.scenario().endpoint().path())
                                .collect(Collectors.toSet()));
                        endpoint = new ArrayList<>(); // the endpoint's runs go; only the kept ones stay
                    }
                }
                if (!endpoint.isEmpty()) {
                    endpoints.check(endpoint); // cut short mid-endpoint: its runs so far are compared, as before
                }
            }
            exchanges = target.exchangeCount();
        }
        return new WireResult(List.copyOf(kept.values()), graded, cutShort, exchanges,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** How many scenarios per unit of parallelism the wire stage starts ahead of the one it waits for. */
    private static final int AHEAD = 4;

    private BrowserResult browserStage(Run run, List<ScenarioRun> runs, Optional<BrowserHarness> browsers) {
        List<BrowserEngine> engines = run.request.browsers();
        if (engines.isEmpty() || browsers.isEmpty()) {
            return BrowserResult.NONE;
        }
        long t0 = System.nanoTime();
        List<ScenarioRun> confirmable = BrowserStage.confirmable(runs, run.request.browserScope());
        List<EngineAgreement> out = new ArrayList<>();
        BrowserStage stage = new BrowserStage(browsers.get(), run.listener);
        int calls = 0;
        for (BrowserEngine engine : engines) {
            out.add(Agreements.of(engine, confirmable, stage.observe(engine, confirmable), run.declared(),
                    run.findings));
            calls += confirmable.size();
            // Known only once the browser has run: the report records which build gave these observations.
            browsers.get().engineInfo(BrowserDrivers.in(browsers.get(), engine))
                    .map(dev.corstck.harness.EngineInfo::browserVersion).filter(v -> !v.isBlank())
                    .ifPresent(v -> run.listener.engineVersion(engine, v));
        }
        return new BrowserResult(out, calls, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static List<BrowserProfile> profiles(GradeRequest request) {
        List<BrowserProfile> profiles = new ArrayList<>();
        profiles.add(BrowserProfile.SPEC);
        request.browsers().forEach(b -> profiles.add(BrowserProfile.of(dev.corstck.tck.simulator.Engine.of(b))));
        return profiles;
    }

    private static ProbeOptions probeOptions(GradeRequest request) {
        Duration connect = request.requestTimeout().compareTo(Duration.ofSeconds(3)) < 0 ? request.requestTimeout()
                : Duration.ofSeconds(3);
        return ProbeOptions.defaults().withRequestTimeout(request.requestTimeout()).withConnectTimeout(connect);
    }

    /** The policy scenarios are generated from: the declared one, or (without one) none allowed, only probes. */
    static GradingPolicy policyOf(GradeRequest request) {
        return request.policy().declared().orElseGet(() -> new GradingPolicy(CorsPolicy.denyAll(),
                ((PolicySource.Undeclared) request.policy()).endpoints(), GradingPolicy.EndpointSource.DECLARED));
    }

    /** Return the policy a request grades against, as policy-file text (a comment when there is none). */
    public static String policyText(GradeRequest request) {
        return request.policy().declared().map(p -> p.cors().toString())
                .orElse("# no policy declared: graded on the Fetch invariants and the security posture only\n");
    }
}
