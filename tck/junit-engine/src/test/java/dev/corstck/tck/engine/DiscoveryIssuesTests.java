package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class DiscoveryIssuesTests {

    private static EngineDiscoveryResults discover(Class<?> fixture, Map<String, String> parameters) {
        return EngineTestKit.engine("cors-tck").selectors(selectClass(fixture)).configurationParameters(parameters)
                .discover();
    }

    static Stream<Arguments> classProblems() {
        return Stream.of(
                Arguments.of("unknown rule id", EngineFixtures.UnknownRuleTestCase.class, Map.of(),
                        "rule selection 'preflight.*, cors-check.acao-exakt': unknown rule ID "
                                + "'cors-check.acao-exakt': did you mean 'cors-check.acao-exact'?"),
                Arguments.of("pattern matching nothing", EngineFixtures.PolicyOnlyTestCase.class,
                        Map.of("cors.tck.rules", "nothing.*"), "rule pattern 'nothing.*' matches no rule ID"),
                Arguments.of("no target", EngineFixtures.NoTargetTestCase.class, Map.of(),
                        "no target: set @CorsConformance(target = \"http://...\"), annotate"),
                Arguments.of("two targets", EngineFixtures.TwoTargetsTestCase.class, Map.of(),
                        "both @CorsConformance(target) and @CorsTarget target name a target"),
                Arguments.of("target not a URL", EngineFixtures.PolicyOnlyTestCase.class,
                        Map.of("cors.tck.target", "localhost:8080"), "configuration parameter cors.tck.target: "
                                + "target 'localhost:8080' must be an absolute http:// or https:// URL"),
                Arguments.of("unknown browser", EngineFixtures.PolicyOnlyTestCase.class,
                        Map.of("cors.tck.browsers", "chromium,lynx"), "unknown browser 'lynx'"),
                Arguments.of("strict not boolean", EngineFixtures.PolicyOnlyTestCase.class,
                        Map.of("cors.tck.strict", "yes"), "cors.tck.strict must be true or false, got 'yes'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classProblems")
    void problemWithAClassIsAnErrorOnTheClassAndLeavesItOut(String name, Class<?> fixture,
            Map<String, String> parameters, String message) {
        EngineDiscoveryResults results = discover(fixture, parameters);

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.message()).contains(message);
            assertThat(issue.source()).contains(ClassSource.from(fixture));
        });
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void targetMemberOfTheWrongTypeIsReportedOnTheMethod() throws NoSuchMethodException {
        EngineDiscoveryResults results = discover(EngineFixtures.IntTargetTestCase.class, Map.of());

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo("@CorsTarget port has type int: use String, URI, URL or a "
                    + "Supplier of one of them");
            assertThat(issue.source()).contains(org.junit.platform.engine.support.descriptor.MethodSource.from(
                    EngineFixtures.IntTargetTestCase.class.getDeclaredMethod("port")));
        });
    }

    @Test
    void badPolicyFileGivesOneErrorPerProblemWithItsLine() {
        EngineDiscoveryResults results = discover(EngineFixtures.BadPolicyTestCase.class, Map.of());

        List<DiscoveryIssue> issues = results.getDiscoveryIssues();
        assertThat(issues).hasSize(2).allMatch(i -> i.severity() == Severity.ERROR)
                .allSatisfy(i -> assertThat(i.message()).startsWith("policy classpath:dev/corstck/tck/engine/"
                        + "bad-policy.yaml:"));
        assertThat(issues.stream().map(i -> (ClasspathResourceSource) i.source().orElseThrow()))
                .allMatch(s -> s.getClasspathResourceName().equals("dev/corstck/tck/engine/bad-policy.yaml"))
                .extracting(s -> s.getPosition().map(FilePosition::getLine).orElse(0))
                .containsExactlyInAnyOrder(3, 4); // TRACE in methods, then credentials: maybe
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void baselineProblemsPointAtTheFileAndLine(@TempDir Path dir) throws IOException {
        Path baseline = Files.writeString(dir.resolve("cors-baseline.txt"), """
                # known failures
                cors-check.acao-exakt  some.scenario  wire  # typo: never matches
                cors-check.acao-single  some.scenario
                """);

        EngineDiscoveryResults results = discover(EngineFixtures.PolicyOnlyTestCase.class,
                Map.of("cors.tck.baseline", baseline.toString()));

        assertThat(results.getDiscoveryIssues()).satisfiesExactly(
                warning -> {
                    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                    assertThat(warning.message()).contains("unknown rule ID 'cors-check.acao-exakt'");
                    assertThat(warning.source()).contains(FileSource.from(baseline.toFile(), FilePosition.from(2, 1)));
                },
                error -> {
                    assertThat(error.severity()).isEqualTo(Severity.ERROR);
                    assertThat(error.message()).contains(":3:1: expected '<rule-id> <scenario-id> <engine>");
                    assertThat(error.source()).contains(FileSource.from(baseline.toFile(), FilePosition.from(3, 1)));
                });
    }

    @Test
    void missingBaselineIsAnErrorUnlessUpdating(@TempDir Path dir) {
        String missing = dir.resolve("none.txt").toString();

        assertThat(discover(EngineFixtures.PolicyOnlyTestCase.class, Map.of("cors.tck.baseline", missing))
                .getDiscoveryIssues()).singleElement().satisfies(i -> assertThat(i.message()).contains("does not exist"));
        assertThat(discover(EngineFixtures.PolicyOnlyTestCase.class, Map.of("cors.tck.baseline", missing,
                "cors.tck.baseline.update", "true")).getDiscoveryIssues()).isEmpty();
    }

    @Test
    void packageScanFindsOnlyConcreteAnnotatedClassesWithoutIssuesForTheValidOnes() {
        EngineDiscoveryResults results = EngineTestKit.engine("cors-tck")
                .selectors(selectPackage(EngineFixtures.class.getPackageName())).discover();

        assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
                .contains("CorrectTargetTestCase", "PolicyOnlyTestCase", "ThrowingTargetTestCase")
                .doesNotContain("PlainClass", "NoTargetTestCase")
                .allSatisfy(n -> assertThat(n).endsWith("TestCase"));
        assertThat(results.getEngineDescriptor().getChildren()).allMatch(TestDescriptor::mayRegisterTests);
    }
}
