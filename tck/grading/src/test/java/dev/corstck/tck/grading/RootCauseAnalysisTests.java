package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake reads as one root cause: each mistake profile of the reference target, graded on the wire against the
 * demo policy, gives exactly one cause line that accounts for every FAIL and WARN finding.
 */
class RootCauseAnalysisTests {

    static Stream<MistakeProfile> visibleProfiles() {
        return Stream.of(MistakeProfile.values()).filter(p -> !ReferenceProfilesTests.INVISIBLE.contains(p));
    }

    /**
     * Profiles that read as more than one cause, with why. Without Authorization in allowedHeaders the reference
     * refuses the whole preflight of PUT /api/items/1 (it also sends Authorization), so that refusal lacks
     * Access-Control-Allow-Methods and browsers report the method first ("Method PUT is not allowed"): the kit shows
     * what the browser shows, a refused method there and a refused header on /api/data.
     */
    static final java.util.Map<MistakeProfile, Integer> MORE_THAN_ONE = java.util.Map.of(
            MistakeProfile.AUTHORIZATION_NOT_ALLOWED, 2);

    @ParameterizedTest(name = "{0}")
    @MethodSource("visibleProfiles")
    void eachMistakeProfileIsOneRootCause(MistakeProfile profile) {
        Graded graded = grade(profile, GradingFixtures.demoPolicy());

        int expected = MORE_THAN_ONE.getOrDefault(profile, 1);
        assertThat(graded.causes()).as("root causes of %s", profile.id()).hasSize(expected);
        if (expected > 1) {
            return;
        }
        RootCause cause = graded.causes().get(0);
        List<Finding> bad = graded.report().findings().stream()
                .filter(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN).toList();
        assertThat(cause.findings()).isEqualTo(bad.size());
        assertThat(bad).allMatch(cause::explains);
        assertThat(cause.remedy()).as("remedy of %s", cause.id()).isNotBlank();
        assertThat(cause.curl()).startsWith("curl ").doesNotContain("\n");
    }

    @Test
    void reflectingAnyOriginWithCredentialsTakesInTheLookAlikeOriginsItLetsThrough() {
        Graded graded = grade(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS, GradingFixtures.demoPolicy());

        RootCause cause = graded.causes().get(0);
        assertThat(cause.id()).isEqualTo("any-origin-with-credentials");
        assertThat(cause.ruleIds()).startsWith("security.reflect-any-origin-with-credentials")
                .contains("security.suffix-match-with-credentials", "security.prefix-match-with-credentials",
                        "policy.undeclared-origin-refused");
        assertThat(cause.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(cause.remedy()).startsWith("(express + cors) never combine `origin: true`");
        // The browser blocks nothing here: the data leaks, and the console line says so rather than inventing one.
        assertThat(cause.console()).isEqualTo(RootCauseAnalysis.NOT_BLOCKED);
        assertThat(cause.curl()).contains("-H 'Origin: https://random-");
        assertThat(cause.endpoints()).as("one line, both endpoints").hasSize(2)
                .allMatch(e -> e.endsWith("/api/data") || e.endsWith("/api/items/1"));
    }

    @Test
    void aBlockedCauseShowsChromiumsConsoleLine() {
        RootCause cause = grade(MistakeProfile.DUPLICATE_ACAO, GradingFixtures.demoPolicy()).causes().get(0);

        assertThat(cause.id()).isEqualTo("acao-sent-twice");
        assertThat(cause.console()).startsWith("Chromium: ").contains("multiple values");
    }

    @Test
    void theRemedyIsInTheTermsOfTheImplementationThePolicyNames() {
        RootCause cause = grade(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS,
                GradingFixtures.demoPolicy().withImplementation("spring-mvc")).causes().get(0);

        assertThat(cause.remedy()).startsWith("(Spring MVC (Spring Boot)) never allowedOriginPatterns(\"*\")");
    }

    private record Graded(TargetReport report, List<RootCause> causes) {
    }

    private static Graded grade(MistakeProfile profile, GradingPolicy policy) {
        RootCauseAnalysis analysis = new RootCauseAnalysis();
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(policy.cors()).profile(Optional.of(profile))
                .start()) {
            GradeRequest request = GradeRequest.builder(target.baseUrl())
                    .policy(new PolicySource.Declared(policy)).browsers(List.of()).build();
            TargetReport report = Grader.create().grade(request, new GradingListener() {
                @Override
                public void console(String scenarioId, String line) {
                    analysis.console(request.target(), scenarioId, line);
                }
            });
            return new Graded(report, analysis.apply(report));
        }
    }
}
