package dev.corstck.tck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CauseTests {

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyRuleACauseNamesIsInTheCatalog(Cause cause) {
        assertThat(cause.rules()).allSatisfy(id -> assertThat(RuleCatalog.find(id)).as(cause.id() + " names " + id)
                .isPresent());
        assertThat(cause.remedyRules()).allSatisfy(id -> assertThat(RuleCatalog.find(id)).isPresent());
        assertThat(cause.diagnosedBy()).as("a cause is diagnosed by at least one rule").isNotEmpty();
        assertThat(cause.summary()).doesNotEndWith(".");
        assertThat(cause.remedy()).isNotBlank();
    }

    @Test
    void aRuleDiagnosesAtMostOneCause() {
        Set<String> seen = new HashSet<>();
        Arrays.stream(Cause.values()).flatMap(c -> c.diagnosedBy().stream())
                .forEach(id -> assertThat(seen.add(id)).as("%s diagnoses two causes", id).isTrue());
        assertThat(Cause.diagnosedBy("security.reflect-any-origin-with-credentials"))
                .contains(Cause.ANY_ORIGIN_WITH_CREDENTIALS);
        assertThat(Cause.diagnosedBy("policy.undeclared-origin-refused")).as("a symptom of several causes").isEmpty();
    }

    @Test
    void causeIdsAreUniqueAndNeverARuleId() {
        assertThat(Stream.of(Cause.values()).map(Cause::id)).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(RuleCatalog.find(id)).isEmpty()).allMatch(id -> id.matches("[a-z0-9-]+"));
    }

    @Test
    void aBroaderCauseComesBeforeTheNarrowerOnesItTakesIn() {
        // Reflecting every origin lets every look-alike through: it must be tried first, or it would split in two.
        assertThat(Cause.ANY_ORIGIN_WITH_CREDENTIALS.ordinal()).isLessThan(
                Cause.LOOSE_ORIGIN_MATCH_WITH_CREDENTIALS.ordinal());
        assertThat(Cause.ANY_ORIGIN_WITH_CREDENTIALS.breaks("security.suffix-match-with-credentials")).isTrue();
        assertThat(Cause.WILDCARD_WITH_CREDENTIALS.ordinal()).isLessThan(
                Cause.WILDCARD_ON_CREDENTIALED_CALLS.ordinal());
    }
}
