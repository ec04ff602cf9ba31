package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.generation.GeneratedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request that selects scenarios by ID plans and grades those scenarios and no other. */
class ScenarioSelectionTests {

    private static final String PUT = "api-items-1.allowed.http-localhost-3000.declared-put.include";
    private static final String NULL_PROBE = "api-data.null.null.get.include";

    @Test
    void thePlanHoldsTheSelectedScenariosOnly() {
        GradeRequest request = GradingFixtures.wireOnly("http://127.0.0.1:1").scenarios(Set.of(PUT, NULL_PROBE))
                .build();

        assertThat(Grader.plan(GradingFixtures.wireOnly("http://127.0.0.1:1").build())).extracting(
                GeneratedScenario::id).contains(PUT, NULL_PROBE).hasSize(136);
        assertThat(Grader.plan(request)).extracting(GeneratedScenario::id).containsExactlyInAnyOrder(PUT, NULL_PROBE);
    }

    @Test
    void gradingOneScenarioDecidesItsRulesOnThatScenarioOnly() {
        List<Integer> planned = new ArrayList<>();
        TargetReport report;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(MistakeProfile.DUPLICATE_ACAO).start()) {
            report = Grader.create().grade(GradingFixtures.wireOnly(target.baseUrl()).scenarios(Set.of(PUT)).build(),
                    new GradingListener() {
                        @Override
                        public void planned(int scenarios, int browserCalls) {
                            planned.add(scenarios);
                        }
                    });
        }

        assertThat(planned).containsExactly(1);
        assertThat(report.findings()).isNotEmpty().extracting(Finding::scenarioId).containsOnly(PUT);
        assertThat(report.findings()).filteredOn(f -> f.verdict() == Verdict.FAIL).extracting(Finding::ruleId)
                .contains("cors-check.acao-single");
    }
}
