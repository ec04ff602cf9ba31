package dev.corstck.tck.grading;

import java.util.List;

/**
 * The checks that compare scenarios, and the probes that start from them, run on one endpoint's runs as soon as the
 * last of them is graded: the wire-stage probes ({@link CookieProbes}), the checks across scenarios, then the
 * follow-up probes, in the order the grader ran them on the whole target before. Each of them compares the scenarios
 * of one endpoint only (see {@link GradingChecks#ACROSS_SCENARIOS}); the one fact from the whole target a probe needs,
 * the first allowed origin, comes in the {@link Check.ProbeContext}.
 */
final class EndpointChecks {

    private final Check.ProbeContext wire;
    private final FollowUpProbes followUps;
    private final Findings findings;

    /**
     * @param wire      the wire stage's prober and context: its probes count among the wire stage's exchanges
     * @param followUps the follow-up probes' own prober
     * @param findings  where findings go
     */
    EndpointChecks(Check.ProbeContext wire, FollowUpProbes followUps, Findings findings) {
        this.wire = wire;
        this.followUps = followUps;
        this.findings = findings;
    }

    /** Run every check that compares scenarios on {@code runs}, the runs of one endpoint (or more). */
    void check(List<ScenarioRun> runs) {
        GradingChecks.PROBES.stream().filter(c -> c.phase() == Check.Phase.WIRE_STAGE)
                .forEach(c -> c.run().check(runs, wire, findings.declaredBy(c)));
        GradingChecks.ACROSS_SCENARIOS.forEach(c -> c.run().check(runs, findings.declaredBy(c)));
        followUps.check(runs, findings);
    }
}
