package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit grades the reference target: correct, it gets no FAIL, WARN or ERROR; made wrong by each mistake profile,
 * it is flagged with the rules that name that mistake. Wire and simulator only; {@code BrowserConfirmationTests}
 * repeats a sample in Chromium.
 */
@Exercises({"cors-check.acao-exact", "cors-check.acao-not-wildcard-with-credentials", "cors-check.acao-present",
        "cors-check.acao-single", "http-cache.vary-origin", "policy.declared-credentials",
        "policy.declared-exposed-headers", "policy.declared-max-age", "policy.declared-origin-allowed",
        "policy.undeclared-origin-refused", "preflight-cache.max-age-syntax",
        "preflight.acah-lists-headers", "preflight.no-credentials-required", "preflight.no-redirect",
        "preflight.status-ok", "security.any-port-with-credentials",
        "security.any-subdomain-with-credentials", "security.null-origin-trusted-with-credentials",
        "security.prefix-match-with-credentials", "security.preflight-actual-consistent",
        "security.reflect-any-origin-with-credentials", "security.scheme-downgrade-with-credentials",
        "security.special-character-bypass-with-credentials", "security.suffix-match-with-credentials",
        "security.unescaped-dot-with-credentials", "security.wildcard-origin-with-credentials",
        "seed.authorization-in-allowed-headers", "seed.callback-no-origin-guard", "seed.cors-before-routes",
        "seed.localhost-vs-127", "seed.preflight-handled", "seed.unlisted-origin-no-acao",
        "seed.wildcard-with-credentials"})
class ReferenceProfilesTests {

    /** The rules each profile must be flagged with (it may be flagged with more: one mistake breaks several). */
    static final Map<MistakeProfile, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry(MistakeProfile.WILDCARD_WITH_CREDENTIALS, Set.of("security.wildcard-origin-with-credentials",
                    "seed.wildcard-with-credentials", "cors-check.acao-not-wildcard-with-credentials",
                    "policy.declared-credentials")),
            Map.entry(MistakeProfile.CORS_AFTER_ROUTES, Set.of("seed.cors-before-routes", "cors-check.acao-present",
                    "policy.declared-origin-allowed", "security.preflight-actual-consistent")),
            Map.entry(MistakeProfile.AUTHORIZATION_NOT_ALLOWED, Set.of(
                    "seed.authorization-in-allowed-headers", "preflight.acah-lists-headers")),
            Map.entry(MistakeProfile.CALLBACK_WITHOUT_NO_ORIGIN_GUARD, Set.of("seed.callback-no-origin-guard")),
            Map.entry(MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1, Set.of("seed.localhost-vs-127",
                    "policy.declared-origin-allowed")),
            Map.entry(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS, Set.of(
                    "security.reflect-any-origin-with-credentials", "security.prefix-match-with-credentials",
                    "security.suffix-match-with-credentials", "security.unescaped-dot-with-credentials",
                    "security.special-character-bypass-with-credentials", "security.scheme-downgrade-with-credentials",
                    "security.any-subdomain-with-credentials", "security.any-port-with-credentials",
                    "policy.undeclared-origin-refused", "seed.unlisted-origin-no-acao")),
            Map.entry(MistakeProfile.NULL_ORIGIN_TRUSTED, Set.of("security.null-origin-trusted-with-credentials",
                    "policy.undeclared-origin-refused")),
            Map.entry(MistakeProfile.SUFFIX_MATCH, Set.of("security.suffix-match-with-credentials",
                    "policy.undeclared-origin-refused")),
            Map.entry(MistakeProfile.PREFIX_MATCH, Set.of("security.prefix-match-with-credentials",
                    "security.any-port-with-credentials", "policy.undeclared-origin-refused")),
            Map.entry(MistakeProfile.UNESCAPED_DOT_PATTERN, Set.of("security.unescaped-dot-with-credentials",
                    "policy.undeclared-origin-refused")),
            Map.entry(MistakeProfile.MISSING_VARY, Set.of("http-cache.vary-origin")),
            Map.entry(MistakeProfile.DUPLICATE_ACAO, Set.of("cors-check.acao-single")),
            Map.entry(MistakeProfile.ACAO_TRAILING_SLASH, Set.of("cors-check.acao-exact")),
            Map.entry(MistakeProfile.PREFLIGHT_NON_2XX, Set.of("preflight.status-ok", "seed.preflight-handled")),
            Map.entry(MistakeProfile.PREFLIGHT_REDIRECT, Set.of("preflight.no-redirect", "preflight.status-ok")),
            Map.entry(MistakeProfile.PREFLIGHT_REQUIRES_AUTH, Set.of("preflight.no-credentials-required",
                    "preflight.status-ok")),
            Map.entry(MistakeProfile.MAX_AGE_UNPARSEABLE, Set.of("preflight-cache.max-age-syntax",
                    "policy.declared-max-age")),
            Map.entry(MistakeProfile.EXPOSE_HEADERS_MISSING, Set.of("policy.declared-exposed-headers")));

    /**
     * Profiles no check can see from outside, each with the reason. {@code vary-overwritten} replaces the
     * application's own {@code Vary} on every response, requests without {@code Origin} included, so the lost names
     * never show anywhere.
     */
    static final Set<MistakeProfile> INVISIBLE = Set.of(MistakeProfile.VARY_OVERWRITTEN);

    static Stream<Arguments> profiles() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey().id(), e.getKey(), e.getValue()));
    }

    @Test
    void correctReferenceTargetGetsNoFailWarnOrError() {
        TargetReport report = grade(Optional.empty());

        assertThat(lines(report, Verdict.FAIL)).isEmpty();
        assertThat(lines(report, Verdict.WARN)).isEmpty();
        assertThat(lines(report, Verdict.ERROR)).isEmpty();
        assertThat(report.summary().count(Verdict.PASS)).isGreaterThan(500);
        assertThat(report.complete()).isTrue();
        assertThat(GradingFixtures.sharedKeys(report)).as("findings sharing a key").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void mistakeProfileIsFlaggedWithItsRules(String id, MistakeProfile profile, Set<String> rules) {
        TargetReport report = grade(Optional.of(profile));

        assertThat(GradingFixtures.flagged(report)).as("rules flagged for %s", id).containsAll(rules);
        assertThat(lines(report, Verdict.ERROR)).as("no ERROR against a reachable target").isEmpty();
        assertThat(GradingFixtures.sharedKeys(report)).as("findings sharing a key").isEmpty();
    }

    @Test
    void everyProfileIsCoveredOrExplained() {
        assertThat(Arrays.stream(MistakeProfile.values()).filter(p -> !EXPECTED.containsKey(p)).toList())
                .containsExactlyInAnyOrderElementsOf(INVISIBLE);
    }

    @Test
    void invisibleProfileStillGetsNoFalseFailure() {
        assertThat(lines(grade(Optional.of(MistakeProfile.VARY_OVERWRITTEN)), Verdict.FAIL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undeclared")
    void withoutAPolicyTheInvariantsAndSecurityPostureAreStillGraded(String id, Optional<MistakeProfile> profile,
            Set<String> rules) {
        TargetReport report;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile).start()) {
            GradeRequest request = GradeRequest.builder(target.baseUrl()).browsers(List.of()).policy(
                    new PolicySource.Undeclared(List.of(GradingFixtures.ENDPOINTS.get(0)))).build();
            report = Grader.create().grade(request, GradingListener.NONE);
        }

        assertThat(GradingFixtures.flagged(report)).as(id).containsAll(rules);
        assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("policy."));
        assertThat(GradingFixtures.sharedKeys(report)).as("findings sharing a key").isEmpty();
        if (rules.isEmpty()) {
            assertThat(lines(report, Verdict.FAIL)).isEmpty();
        }
    }

    static Stream<Arguments> undeclared() {
        return Stream.of(
                Arguments.of("correct", Optional.empty(), Set.of()),
                Arguments.of("suffix-match", Optional.of(MistakeProfile.SUFFIX_MATCH),
                        Set.of("security.suffix-match-with-credentials")),
                Arguments.of("reflect-any-origin-with-credentials",
                        Optional.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS),
                        Set.of("security.reflect-any-origin-with-credentials")),
                Arguments.of("preflight-non-2xx", Optional.of(MistakeProfile.PREFLIGHT_NON_2XX),
                        Set.of("preflight.status-ok")));
    }

    private static TargetReport grade(Optional<MistakeProfile> profile) {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile).start()) {
            return Grader.create().grade(GradingFixtures.wireOnly(target.baseUrl()).build(), GradingListener.NONE);
        }
    }

    private static List<String> lines(TargetReport report, Verdict verdict) {
        return GradingFixtures.lines(report, verdict);
    }
}
