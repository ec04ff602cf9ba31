package dev.corstck.tck.simulator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.Predictions;
import dev.corstck.tck.simulator.Simulator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The differential set: large, uniquely named, and predicted by the simulator exactly as each row expects. */
class DifferentialScenariosTests {

    private static final List<DifferentialScenario> ALL = DifferentialScenarios.all();

    static Stream<DifferentialScenario> scenarios() {
        return ALL.stream();
    }

    @Test
    void holdsItsUniquelyNamedScenariosInEveryGroup() {
        assertThat(ALL).hasSize(551);
        assertThat(ALL.stream().map(DifferentialScenario::id).distinct().count()).isEqualTo(ALL.size());
        Map<String, Long> groups = ALL.stream().collect(Collectors.groupingBy(DifferentialScenario::group,
                Collectors.counting()));
        assertThat(groups).containsKeys("classification", "request-header", "preflight", "allow-list", "cors-check",
                "exposure", "preflight-cache", "redirect", "credentials");
        assertThat(ALL.stream().filter(d -> !d.engines().isEmpty()).count()).as("rows where engines depart")
                .isEqualTo(22);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void simulatorPredictsTheExpectedResult(DifferentialScenario d) {
        Predictions p = Simulator.allProfiles().predict(d.scenario(), d.responder());
        for (Engine e : Engine.values()) {
            Prediction last = p.of(e);
            assertThat(Expectation.of(last.outcome(), last.preflight()))
                    .as(e + "\n" + last.explanation().render()).isEqualTo(d.expected(e));
        }
    }

    @Test
    void rebindingToOtherPortsKeepsEveryPrediction() {
        Map<String, String> hosts = DifferentialScenarios.hosts("app.localhost:5001", "api.localhost:5002",
                "other.localhost:5003");
        for (DifferentialScenario d : ALL.subList(0, ALL.size())) {
            DifferentialScenario rebound = d.rebind(hosts);
            assertThat(rebound.servers().keySet()).noneMatch(k -> k.contains("4100"));
            Prediction before = Simulator.allProfiles().predict(d.scenario(), d.responder()).spec();
            Prediction after = Simulator.allProfiles().predict(rebound.scenario(), rebound.responder()).spec();
            assertThat(after.observable()).as(d.id()).isEqualTo(before.observable());
        }
    }
}
