package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.generation.ScenarioGenerator;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
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

    private Grader(Optional<BrowserHarness> shared) {
        this.shared = shared;
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
        return CacheChecks.RULES.contains(ruleId) || LoopbackTwins.RULE.equals(ruleId)
                || PreflightVary.RULE.equals(ruleId) || StaticAcao.RULE.equals(ruleId);
    }

    private static List<GeneratedScenario> selected(GradeRequest request, List<GeneratedScenario> scenarios) {
        return request.scenarios().isEmpty() ? scenarios
                : scenarios.stream().filter(s -> request.selectsScenario(s.id())).toList();
    }

    /** Grade the target of {@code request}. */
    public TargetReport grade(GradeRequest request, GradingListener listener) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Run run = new Run(request, listener);
        List<GeneratedScenario> scenarios = request.policy() instanceof PolicySource.Undeclared u
                ? selected(request, ScenarioGenerator.generate(DiscoveredOrigins.generationPolicy(request,
                        u.endpoints()), request.targetUrl()))
                : plan(request);
        Optional<BrowserHarness> own = request.browsers().isEmpty() || shared.isPresent() ? Optional.empty()
                : Optional.of(BrowserHarness.create(BrowserSessions.forScenarios(request.browsers(), request.drivers(),
                        scenarios)));
        try {
            // Browsers start while the wire stage runs: launching one takes longer than probing a local target.
            CompletableFuture<Void> warm = own.map(h -> CompletableFuture.runAsync(() -> warmUp(h)))
                    .orElseGet(() -> request.browsers().isEmpty() ? CompletableFuture.completedFuture(null)
                            : startShared());
            List<ScenarioRun> runs = wireStage(run, scenarios);
            CacheChecks.check(runs, run.findings);
            LoopbackTwins.check(runs, run.findings);
            PreflightVary.check(runs, run.findings);
            StaticAcao.check(runs, run.findings);
            FollowUpProbes.check(runs, request, run.deadline, run.findings);
            warm.join();
            List<EngineAgreement> agreement = own.isPresent() ? browserStage(run, runs, own)
                    : browserStageInTurn(run, runs);
            return finish(run, runs, agreement);
        } finally {
            own.ifPresent(BrowserHarness::close);
        }
    }

    /**
     * The browser stage in a shared harness, one grading at a time: gradings that share it may run concurrently
     * (their wire stages overlap), and take turns here, so each target's confirmations still run alone in the
     * browser. A grading interrupted while it waits (its run was cut short) confirms nothing.
     */
    private List<EngineAgreement> browserStageInTurn(Run run, List<ScenarioRun> runs) {
        if (shared.isEmpty() || run.request.browsers().isEmpty()) {
            return List.of();
        }
        try {
            browserTurn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
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

    private TargetReport finish(Run run, List<ScenarioRun> runs, List<EngineAgreement> agreement) {
        GradeRequest request = run.request;
        boolean complete = runs.stream().noneMatch(r -> r.failure().filter(f -> f.contains("deadline")
                || f.contains("interrupted")).isPresent()) && !Thread.currentThread().isInterrupted();
        run.listener.finished(new GradingStats(runs.size(), run.wireExchanges, run.wireTime, run.browserCalls,
                run.browserTime, complete));
        return new TargetReport(request.target(), request.label(), policyText(request), complete, run.all, agreement);
    }

    /** The state of one grading. */
    private static final class Run {
        final GradeRequest request;
        final GradingListener listener;
        final List<Finding> all = new ArrayList<>();
        final Findings findings;
        final long deadline;
        int wireExchanges;
        Duration wireTime = Duration.ZERO;
        int browserCalls;
        Duration browserTime = Duration.ZERO;

        Run(GradeRequest request, GradingListener listener) {
            this.request = request;
            this.listener = listener;
            this.findings = new Findings(request, f -> {
                all.add(f);
                listener.finding(f);
            }, listener::console);
            this.deadline = System.nanoTime() + request.runTimeout().toNanos();
        }

        Optional<GradingPolicy> declared() {
            return request.policy() instanceof PolicySource.Declared d ? Optional.of(d.policy()) : Optional.empty();
        }
    }

    private List<ScenarioRun> wireStage(Run run, List<GeneratedScenario> scenarios) {
        GradeRequest request = run.request;
        run.listener.planned(scenarios.size(), request.browsers().isEmpty() ? 0 : scenarios.size());
        Simulator simulator = Simulator.of(profiles(request).toArray(BrowserProfile[]::new));
        long t0 = System.nanoTime();
        List<ScenarioRun> runs = new ArrayList<>(scenarios.size());
        try (WireProber prober = new WireProber(probeOptions(request))) {
            TargetResponder target = new TargetResponder(prober, run.deadline, request.runTimeout().toString());
            try (WireStage stage = new WireStage(simulator, run.declared(), target, request.targetUrl().origin(),
                    run.deadline, request.parallelism())) {
                List<Future<ScenarioRun>> futures = stage.submit(scenarios);
                for (int i = 0; i < scenarios.size(); i++) {
                    if (RunStop.isCut()) {
                        break; // cut short by ReportedGrading (a limit or a signal): its report is being written
                    }
                    ScenarioRun r = stage.await(futures.get(i), scenarios.get(i));
                    runs.add(r);
                    ScenarioChecks.check(r, run.declared(), run.findings);
                    run.listener.progress("wire", i + 1, scenarios.size());
                }
            }
            if (run.declared().isPresent()) {
                CookieProbes.check(runs, target, request.targetUrl().origin(), run.findings);
            }
            run.wireExchanges = target.exchangeCount();
        }
        run.wireTime = Duration.ofNanos(System.nanoTime() - t0);
        return runs;
    }

    private List<EngineAgreement> browserStage(Run run, List<ScenarioRun> runs, Optional<BrowserHarness> browsers) {
        List<BrowserEngine> engines = run.request.browsers();
        if (engines.isEmpty() || browsers.isEmpty()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<ScenarioRun> confirmable = BrowserStage.confirmable(runs, run.request.browserScope());
        List<EngineAgreement> out = new ArrayList<>();
        BrowserStage stage = new BrowserStage(browsers.get(), run.listener);
        for (BrowserEngine engine : engines) {
            out.add(Agreements.of(engine, confirmable, stage.observe(engine, confirmable), run.declared(),
                    run.findings));
            run.browserCalls += confirmable.size();
            // Known only once the browser has run: the report records which build gave these observations.
            browsers.get().engineInfo(BrowserDrivers.in(browsers.get(), engine))
                    .map(dev.corstck.harness.EngineInfo::browserVersion).filter(v -> !v.isBlank())
                    .ifPresent(v -> run.listener.engineVersion(engine, v));
        }
        run.browserTime = Duration.ofNanos(System.nanoTime() - t0);
        return out;
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
        if (request.policy() instanceof PolicySource.Declared d) {
            return d.policy();
        }
        PolicySource.Undeclared u = (PolicySource.Undeclared) request.policy();
        return new GradingPolicy(CorsPolicy.denyAll(), u.endpoints(), GradingPolicy.EndpointSource.DECLARED);
    }

    /** Return the policy a request grades against, as policy-file text (a comment when there is none). */
    public static String policyText(GradeRequest request) {
        return request.policy() instanceof PolicySource.Declared d ? d.policy().cors().toString()
                : "# no policy declared: graded on the Fetch invariants and the security posture only\n";
    }
}
