package dev.corstck.tck.engine.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.UniqueId;

class SelectionTests {

    private static final UniqueId CLASS = UniqueId.forEngine("cors-tck").append(Segments.CLASS, "a.B");
    private static final UniqueId SECTION = CLASS.append(Segments.SECTION, "cors-check");
    private static final UniqueId RULE = SECTION.append(Segments.RULE, "cors-check.acao-exact");
    private static final UniqueId SCENARIO = RULE.append(Segments.SCENARIO, "root.allowed.x.get.omit@wire");
    private static final UniqueId OTHER_RULE = SECTION.append(Segments.RULE, "cors-check.acao-single");
    private static final UniqueId BASELINE = CLASS.append(Segments.BASELINE, "baseline");

    private static final UniqueId VARY = CLASS.append(Segments.SECTION, "http-cache")
            .append(Segments.RULE, "http-cache.vary-origin").append(Segments.SCENARIO, "root.allowed.x.get.omit@wire");
    private static final UniqueId OTHER_SCENARIO = OTHER_RULE.append(Segments.SCENARIO, "root.null.null.get.omit@wire");

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of("nothing selected: everything", List.of(), false, List.of(SECTION, RULE, SCENARIO,
                        OTHER_RULE, BASELINE), List.of(), Optional.empty(), Optional.empty()),
                Arguments.of("class selected: everything", List.of(), true, List.of(OTHER_RULE, BASELINE), List.of(),
                        Optional.empty(), Optional.empty()),
                Arguments.of("one scenario: its path only, its rule on that scenario", List.of(SCENARIO), false,
                        List.of(SECTION, RULE, SCENARIO), List.of(OTHER_RULE, BASELINE,
                                RULE.append(Segments.SCENARIO, "x@wire")),
                        Optional.of("cors-check.acao-exact"), Optional.of(Set.of("root.allowed.x.get.omit"))),
                Arguments.of("two scenarios of two rules: both rules on both scenarios", List.of(SCENARIO,
                        OTHER_SCENARIO), false, List.of(SCENARIO, OTHER_SCENARIO), List.of(BASELINE),
                        Optional.of("cors-check.acao-exact,cors-check.acao-single"),
                        Optional.of(Set.of("root.allowed.x.get.omit", "root.null.null.get.omit"))),
                Arguments.of("a scenario of a rule that compares scenarios: every scenario", List.of(VARY), false,
                        List.of(VARY), List.of(SECTION, BASELINE), Optional.of("http-cache.vary-origin"),
                        Optional.empty()),
                Arguments.of("a scenario and a rule: every scenario", List.of(SCENARIO, OTHER_RULE), false,
                        List.of(SCENARIO, OTHER_RULE), List.of(BASELINE),
                        Optional.of("cors-check.acao-exact,cors-check.acao-single"), Optional.empty()),
                Arguments.of("a section: its rules", List.of(SECTION), false, List.of(RULE, OTHER_RULE, SCENARIO),
                        List.of(BASELINE), Optional.of("cors-check.*"), Optional.empty()),
                Arguments.of("two rules: both, graded together", List.of(RULE, OTHER_RULE), false,
                        List.of(RULE, OTHER_RULE), List.of(BASELINE),
                        Optional.of("cors-check.acao-exact,cors-check.acao-single"), Optional.empty()),
                Arguments.of("the baseline test: a full grading", List.of(BASELINE), false, List.of(BASELINE),
                        List.of(SECTION), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selections")
    void admitsThePathsOfTheSelectedIdsAndNarrowsGradingToTheirRulesAndScenarios(String name, List<UniqueId> selected,
            boolean all, List<UniqueId> admitted, List<UniqueId> refused, Optional<String> rules,
            Optional<Set<String>> scenarios) {
        Selection selection = new Selection();
        selected.forEach(selection::select);
        if (all) {
            selection.selectAll();
        }

        assertThat(admitted).allMatch(selection::admits);
        assertThat(refused).noneMatch(selection::admits);
        assertThat(selection.rules()).isEqualTo(rules);
        assertThat(selection.scenarios()).isEqualTo(scenarios);
    }
}
