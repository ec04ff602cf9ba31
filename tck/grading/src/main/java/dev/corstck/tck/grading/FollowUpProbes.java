package dev.corstck.tck.grading;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.corstck.tck.policy.GradingPolicy;

/**
 * Requests derived from the target's first answers, sent after the wire stage: a revalidation with the validator the
 * target gave ({@link NotModifiedProbe}), a preflight with {@code Access-Control-Request-Headers} in another form
 * ({@link TolerantAcrhProbe}), a failed preflight again without its query ({@link SameUrlProbe}), and an OPTIONS
 * without {@code Access-Control-Request-Method} ({@link PlainOptionsProbe}). Each is bounded
 * (a few per endpoint), goes out once, and nothing is sent after the run's deadline. No browser makes these requests:
 * they are wire probes only.
 */
final class FollowUpProbes implements AutoCloseable {

    private final GradeRequest request;
    private final long deadlineNanos;
    private final WireProber prober;
    private final Check.ProbeContext probes;
    private final TargetResponder target;

    /**
     * Follow-up probes for one grading, on a prober of their own that lives as long as the grading: the grader calls
     * {@link #check} once per endpoint, so one prober serves them all.
     */
    FollowUpProbes(GradeRequest request, Optional<GradingPolicy> policy, long deadlineNanos,
            Optional<String> allowedOrigin) {
        this.request = request;
        this.deadlineNanos = deadlineNanos;
        Duration timeout = request.requestTimeout();
        ProbeOptions options = ProbeOptions.defaults().withRequestTimeout(timeout)
                .withConnectTimeout(timeout.compareTo(Duration.ofSeconds(3)) < 0 ? timeout : Duration.ofSeconds(3));
        this.prober = new WireProber(options);
        this.target = new TargetResponder(prober, deadlineNanos, request.runTimeout().toString());
        this.probes = new Check.ProbeContext(target, request.targetUrl().origin(), policy, allowedOrigin);
    }

    /** Run every follow-up probe on {@code runs} (one endpoint's, or more), unless the run's deadline has passed. */
    void check(List<ScenarioRun> runs, Findings f) {
        if (System.nanoTime() - deadlineNanos >= 0) {
            return;
        }
        // A probe goes out only when the request selects a rule it decides: it is extra traffic to the target.
        GradingChecks.PROBES.stream().filter(c -> c.phase() == Check.Phase.FOLLOW_UP)
                .filter(c -> c.decides().stream().anyMatch(r -> request.selects(r.id())))
                .forEach(c -> c.run().check(runs, probes, f.declaredBy(c)));
        target.forget(runs); // their endpoint is done: its answers are not asked again
    }

    @Override
    public void close() {
        prober.close();
    }

    /** Send {@code request} where {@code like} went; the exchange, its response empty when none came. */
    static Exchange send(Responder target, Exchange like, ExchangeKind kind, RawRequest request) {
        Optional<RawResponse> response;
        try {
            response = Optional.of(target.respond(like.targetOrigin(), request));
        } catch (ResponderException | RuntimeException e) {
            response = Optional.empty();
        }
        return new Exchange(kind, like.url(), like.targetOrigin(), request, response);
    }

    /** A run holding only the follow-up {@code exchanges}, for findings and their evidence. */
    static ScenarioRun derived(ScenarioRun run, List<Exchange> exchanges) {
        return new ScenarioRun(run.scenario(), exchanges, List.of(), Map.of(), Map.of(), Optional.empty(),
                run.requirement());
    }

    /** The first exchange of {@code kind} that carried the scenario's origin and got a response. */
    static Optional<Exchange> first(ScenarioRun run, ExchangeKind kind) {
        return run.exchanges().stream().filter(e -> e.kind() == kind && e.response().isPresent()
                && e.request().headers().first("Origin").filter(run.origin()::equals).isPresent()).findFirst();
    }
}
