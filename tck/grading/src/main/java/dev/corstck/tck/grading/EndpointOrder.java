package dev.corstck.tck.grading;

import dev.corstck.tck.generation.GeneratedScenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order the wire stage runs a plan in: the scenarios of one endpoint next to one another, so the checks that
 * compare an endpoint's scenarios can run, and its runs be let go, as soon as its last scenario is done.
 *
 * <p>The plan is not in that order: {@link dev.corstck.tck.generation.ScenarioGenerator} adds the cross-site form
 * POSTs of every state-changing endpoint after all the others, which would hold every such endpoint's runs to the end.
 * Endpoints keep the order they first appear in; scenarios keep their plan order within an endpoint. Every check
 * across scenarios compares one endpoint's scenarios only ({@link dev.corstck.tck.policy.Endpoint#path()} is their
 * key), so the findings are the same; only the order they are decided in changes: endpoint by endpoint.
 *
 * <p>The order is the only holder of the plan during the wire stage, and lets go of each scenario once it is graded
 * ({@link #release}); its run keeps it as long as the run is needed. Not thread-safe: the grading thread's own.
 */
final class EndpointOrder {

    private final GeneratedScenario[] scenarios;
    private final int[] planIndex;
    private final BitSet groupEnd;
    private final Optional<String> firstAllowed;

    private EndpointOrder(List<GeneratedScenario> plan, int[] planIndex, BitSet groupEnd) {
        this.scenarios = new GeneratedScenario[planIndex.length];
        for (int i = 0; i < planIndex.length; i++) {
            scenarios[i] = plan.get(planIndex[i]);
        }
        this.planIndex = planIndex;
        this.groupEnd = groupEnd;
        this.firstAllowed = Check.ProbeContext.firstAllowed(plan);
    }

    /** The plan regrouped by endpoint path. */
    static EndpointOrder byEndpoint(List<GeneratedScenario> plan) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            groups.computeIfAbsent(plan.get(i).endpoint().path(), k -> new ArrayList<>()).add(i);
        }
        int[] index = new int[plan.size()];
        BitSet end = new BitSet(plan.size());
        int n = 0;
        for (List<Integer> group : groups.values()) {
            for (int k : group) {
                index[n++] = k;
            }
            end.set(n - 1);
        }
        return new EndpointOrder(plan, index, end);
    }

    /** The plan as it is, one group for the whole target: every run held to the end, as grading did before. */
    static EndpointOrder wholeTarget(List<GeneratedScenario> plan) {
        BitSet end = new BitSet(plan.size());
        if (!plan.isEmpty()) {
            end.set(plan.size() - 1);
        }
        return new EndpointOrder(plan, java.util.stream.IntStream.range(0, plan.size()).toArray(), end);
    }

    /** How many scenarios the plan has. */
    int size() {
        return scenarios.length;
    }

    /** The scenario to run {@code i}-th; null once {@linkplain #release released}. */
    GeneratedScenario scenario(int i) {
        return scenarios[i];
    }

    /** The position in the plan of the scenario run {@code i}-th, to hand the browser stage its runs in plan order. */
    int planIndex(int i) {
        return planIndex[i];
    }

    /** Answer whether the scenario run {@code i}-th is the last of its group. */
    boolean endsGroup(int i) {
        return groupEnd.get(i);
    }

    /** The page origin of the plan's first {@code ALLOWED} scenario (see {@link Check.ProbeContext#allowedOrigin()}). */
    Optional<String> firstAllowed() {
        return firstAllowed;
    }

    /** Every scenario, in run order, before any is released. */
    List<GeneratedScenario> scenarios() {
        return Collections.unmodifiableList(Arrays.asList(scenarios));
    }

    /** Let go of the scenario run {@code i}-th: it is graded, and its run holds it while the run is needed. */
    void release(int i) {
        scenarios[i] = null;
    }
}
