package dev.corstck.tck.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.grading.KitRules;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleIdsTests {

    @Test
    void knowsTheCatalogAndTheKitRules() {
        assertThat(RuleIds.all()).hasSize(RuleCatalog.all().size() + KitRules.ALL.size())
                .contains("cors-check.acao-exact", "kit.target-reachable").doesNotHaveDuplicates();
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of("known id", "cors-check.acao-exact", Optional.empty()),
                Arguments.of("glob matching rules", "preflight.*", Optional.empty()),
                Arguments.of("typo", "cors-check.acao-exakt", Optional.of("unknown rule ID 'cors-check.acao-exakt': "
                        + "did you mean 'cors-check.acao-exact'?")),
                Arguments.of("far from everything", "zzz.qqq", Optional.of("unknown rule ID 'zzz.qqq': run "
                        + "'./cors-tck rules' for the list")),
                Arguments.of("glob matching nothing", "nothing.*", Optional.of("rule pattern 'nothing.*' matches no "
                        + "rule ID")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void explainsPatternsThatSelectNothing(String name, String glob, Optional<String> message) {
        assertThat(RuleIds.matchesNone(new RulePattern(glob))).isEqualTo(message);
    }
}
