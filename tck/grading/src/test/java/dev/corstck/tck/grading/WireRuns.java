package dev.corstck.tck.grading;

import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * The wire stage of a grading, alone: the scenarios of a declared-policy request run on the target (and the reference
 * implementation) under the spec profile, so self-tests can hand the runs to one check at a time.
 */
final class WireRuns {

    private WireRuns() {
    }

    static List<ScenarioRun> of(GradeRequest request) {
        List<GeneratedScenario> scenarios = Grader.plan(request);
        Simulator simulator = Simulator.of(BrowserProfile.SPEC);
        Optional<GradingPolicy> policy = request.policy() instanceof PolicySource.Declared d
                ? Optional.of(d.policy()) : Optional.empty();
        long deadline = System.nanoTime() + request.runTimeout().toNanos();
        List<ScenarioRun> runs = new ArrayList<>();
        try (WireProber prober = new WireProber(ProbeOptions.defaults().withRequestTimeout(request.requestTimeout()))) {
            TargetResponder target = new TargetResponder(prober, deadline, request.runTimeout().toString());
            try (WireStage stage = new WireStage(simulator, policy, target, request.targetUrl().origin(), deadline,
                    request.parallelism())) {
                List<Future<ScenarioRun>> futures = stage.submit(scenarios);
                for (int i = 0; i < scenarios.size(); i++) {
                    runs.add(stage.await(futures.get(i), scenarios.get(i)));
                }
            }
        }
        return runs;
    }
}
