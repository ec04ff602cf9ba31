package dev.corstck.tck.grading;

import dev.corstck.tck.generation.GeneratedScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param scenarios the scenarios in run order
 * @param planIndex each scenario's position in the plan, to hand the browser stage its runs in plan order
 * @param groupEnd  whether each scenario is the last of its group
 */
record EndpointOrder(List<GeneratedScenario> scenarios, List<Integer> planIndex, List<Boolean> groupEnd) {

    EndpointOrder {
        scenarios = List.copyOf(scenarios);
        planIndex = List.copyOf(planIndex);
        groupEnd = List.copyOf(groupEnd);
    }

    /** The plan regrouped by endpoint path. */
    static EndpointOrder byEndpoint(List<GeneratedScenario> plan) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            groups.computeIfAbsent(plan.get(i).endpoint().path(), k -> new ArrayList<>()).add(i);
        }
        List<GeneratedScenario> scenarios = new ArrayList<>(plan.size());
        List<Integer> index = new ArrayList<>(plan.size());
        List<Boolean> end = new ArrayList<>(plan.size());
        for (List<Integer> group : groups.values()) {
            for (int k = 0; k < group.size(); k++) {
                scenarios.add(plan.get(group.get(k)));
                index.add(group.get(k));
                end.add(k == group.size() - 1);
            }
        }
        return new EndpointOrder(scenarios, index, end);
    }

    /** The plan as it is, one group for the whole target: every run held to the end, as grading did before. */
    static EndpointOrder wholeTarget(List<GeneratedScenario> plan) {
        List<Integer> index = new ArrayList<>(plan.size());
        List<Boolean> end = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            index.add(i);
            end.add(i == plan.size() - 1);
        }
        return new EndpointOrder(plan, index, end);
    }

    int size() {
        return scenarios.size();
    }
}
