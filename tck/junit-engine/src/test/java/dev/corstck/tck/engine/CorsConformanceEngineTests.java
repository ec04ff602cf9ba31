package dev.corstck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Report;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

class CorsConformanceEngineTests {

    private static final String ENGINE = "cors-tck";

    private final List<EmbeddedTarget> targets = new ArrayList<>();

    @TempDir
    Path reports;

    private EngineTestKit.Builder kit() {
        return EngineTestKit.engine(ENGINE).configurationParameter("cors.tck.report.dir", reports.toString());
    }

    private EngineExecutionResults gradePolicyOnly(String target, String... parameters) {
        EngineTestKit.Builder builder = kit().selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class))
                .configurationParameter("cors.tck.target", target);
        for (int i = 0; i < parameters.length; i += 2) {
            builder.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return builder.execute();
    }

    static Set<String> failedRules(EngineExecutionResults results) {
        return new TreeSet<>(results.testEvents().failed().map(CorsConformanceEngineTests::ruleOf).toList());
    }

    static String ruleOf(Event e) {
        return e.getTestDescriptor().getUniqueId().getSegments().get(3).getValue();
    }

    @Test
    void correctReferenceTargetPassesEveryTestAndChromiumRan() throws IOException {
        EngineExecutionResults results = kit().selectors(selectClass(EngineFixtures.CorrectTargetTestCase.class))
                .execute();

        results.containerEvents().assertStatistics(s -> s.failed(0).aborted(0));
        results.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        Path json = reports.resolve(EngineFixtures.CorrectTargetTestCase.class.getName()).resolve("report.json");
        Report report = ReportJson.read(json);
        // The counts change with the catalog; what they must equal is the report's findings, engine by engine.
        assertThat(results.testEvents().succeeded().count()).isGreaterThan(100);
        results.testEvents().succeeded().assertThatEvents().haveExactly(1, test(displayName("chromium ran")));
        long chromiumFindings = report.targets().get(0).findings().stream()
                .filter(f -> f.engine() == Engine.CHROMIUM).count();
        assertThat(chromiumFindings).as("findings Chromium confirmed").isGreaterThan(20);
        assertThat(results.testEvents().succeeded().filter(e -> e.getTestDescriptor().getUniqueId()
                .getLastSegment().getValue().endsWith("@chromium")).count()).as("tests confirmed in Chromium")
                .isEqualTo(chromiumFindings);
        assertThat(report.findingCount()).isPositive();
        assertThat(report.targets().get(0).findings().size() + 1L)
                .as("one test per finding (one per rule, scenario and engine), plus 'chromium ran'")
                .isEqualTo(results.testEvents().started().count());
        assertThat(results.containerEvents().fileEntryPublished().count()).isEqualTo(3);
    }

    @Test
    void everyTestIsNamedForSurefireAndEveryContainerLinksToFetch() {
        EngineExecutionResults results = gradePolicyOnly(startedTarget(MistakeProfile.DUPLICATE_ACAO),
                "cors.tck.rules", "cors-check.*");

        String className = EngineFixtures.PolicyOnlyTestCase.class.getName();
        assertThat(results.testEvents().started().stream()).isNotEmpty().allSatisfy(e -> {
            var source = (org.junit.platform.engine.support.descriptor.MethodSource) e.getTestDescriptor()
                    .getSource().orElseThrow();
            assertThat(source.getClassName()).isEqualTo(className);
            assertThat(source.getMethodName()).matches("cors-check\\.[a-z-]+ \\[[a-z0-9.-]+ @ (wire|simulator)]");
            assertThat(e.getTestDescriptor().getLegacyReportingName()).isEqualTo(source.getMethodName());
        });
        assertThat(results.containerEvents().started().stream().skip(1).map(e -> e.getTestDescriptor().getSource()
                .orElseThrow())).allSatisfy(s -> assertThat(s).isInstanceOfAny(ClassSource.class, UriSource.class))
                .filteredOn(UriSource.class::isInstance).isNotEmpty()
                .allSatisfy(s -> assertThat(((UriSource) s).getUri().toString())
                        .startsWith("https://fetch.spec.whatwg.org/#"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(MistakeProfile.DUPLICATE_ACAO, List.of("cors-check.acao-single")),
                Arguments.of(MistakeProfile.NULL_ORIGIN_TRUSTED, List.of("security.null-origin-trusted-with-credentials")),
                Arguments.of(MistakeProfile.PREFLIGHT_NON_2XX, List.of("preflight.status-ok")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeProfileFailsItsRulesWithExpectedActualAndAnchor(MistakeProfile profile, List<String> rules) {
        EngineExecutionResults results = gradePolicyOnly(startedTarget(profile));

        assertThat(failedRules(results)).containsAll(rules);
        results.testEvents().failed().assertThatEvents().allSatisfy(e -> assertThat(e).is(finishedWithFailure(
                instanceOf(AssertionFailedError.class), message(m -> m.contains("\n  Expected: ")
                        && m.contains("\n  Actual:   ") && m.contains("\n  See fetch#")))));
        results.testEvents().assertStatistics(s -> s.aborted(0).skipped(0));
    }

    @Test
    void unreachableTargetIsAbortedNeverFailedAndARequiredBrowserThatSawNothingFails() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }

        EngineExecutionResults results = gradePolicyOnly("http://127.0.0.1:" + port, "cors.tck.browsers", "chromium",
                "cors.tck.browsers.required", "true");

        assertThat(results.testEvents().aborted().count()).isPositive();
        assertThat(results.testEvents().aborted().stream().map(e -> e.getPayload(TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow().getMessage())).allMatch(m -> m.startsWith("not graded: "));
        results.containerEvents().assertStatistics(s -> s.failed(0));
        results.testEvents().failed().assertThatEvents().singleElement().satisfies(e -> {
            assertThat(e.getTestDescriptor().getDisplayName()).isEqualTo("chromium ran");
            assertThat(e).is(finishedWithFailure(message(m -> m.startsWith("chromium compared no scenario: ")
                    && m.endsWith("(cors.tck.browsers.required=true)"))));
        });
    }

    @Test
    void aUniqueIdReselectsOneScenarioGradingOnlyThatScenarioAndARuleItsScenarios() throws IOException {
        String target = startedTarget(MistakeProfile.DUPLICATE_ACAO);
        UniqueId rule = UniqueId.forEngine(ENGINE).append("class", EngineFixtures.PolicyOnlyTestCase.class.getName())
                .append("section", "cors-check").append("rule", "cors-check.acao-single");
        String scenarioId = "api-data.allowed.http-localhost-3000.put-json.include";
        UniqueId scenario = rule.append("scenario", scenarioId + "@wire");
        Path json = reports.resolve(EngineFixtures.PolicyOnlyTestCase.class.getName()).resolve("report.json");

        EngineExecutionResults one = kit().selectors(selectUniqueId(scenario))
                .configurationParameter("cors.tck.target", target).execute();
        Report oneReport = ReportJson.read(json);
        EngineExecutionResults all = kit().selectors(selectUniqueId(rule))
                .configurationParameter("cors.tck.target", target).execute();

        assertThat(one.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId()))
                .containsExactly(scenario);
        one.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(scenariosGraded(one)).as("scenarios the grader planned").isEqualTo("1");
        assertThat(oneReport.targets().get(0).findings()).isNotEmpty()
                .allMatch(f -> f.scenarioId().equals(scenarioId) && f.ruleId().equals("cors-check.acao-single"));
        Report allReport = ReportJson.read(json);
        assertThat(all.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId()))
                .as("one test per finding of the rule")
                .hasSize(allReport.targets().get(0).findings().size()).allMatch(id -> id.hasPrefix(rule))
                .contains(scenario);
        assertThat(Integer.parseInt(scenariosGraded(all))).isGreaterThan(50);
    }

    /** The class's summary entry: how many scenarios the grader planned. */
    private static String scenariosGraded(EngineExecutionResults results) {
        return results.containerEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow()
                        .getKeyValuePairs().get("scenarios"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    @Test
    void reportsThatCannotBeWrittenAreReportedAndTheTestsStillRun() throws IOException {
        Path file = Files.writeString(reports.resolve("a-file"), "not a directory");

        EngineExecutionResults results = kit().selectors(selectClass(EngineFixtures.PolicyOnlyTestCase.class))
                .configurationParameter("cors.tck.target", startedTarget(MistakeProfile.DUPLICATE_ACAO))
                .configurationParameter("cors.tck.rules", "cors-check.acao-single")
                .configurationParameter("cors.tck.report.dir", file.resolve("reports").toString()).execute();

        assertThat(failedRules(results)).containsExactly("cors-check.acao-single");
        assertThat(results.containerEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow()
                        .getKeyValuePairs().get("reports")))
                .singleElement().asString().startsWith("not written to ").contains("a-file");
        results.containerEvents().assertStatistics(s -> s.failed(0));
    }

    @Test
    void aTargetMemberThatThrowsFailsTheClassWithWhatItThrew() {
        EngineExecutionResults results = kit().selectors(selectClass(EngineFixtures.ThrowingTargetTestCase.class))
                .execute();

        results.containerEvents().assertThatEvents().filteredOn(e -> e.getTestDescriptor().getSource()
                .filter(ClassSource.class::isInstance).isPresent()).haveExactly(1, finishedWithFailure(
                        message(m -> m.contains("ThrowingTargetTestCase.TARGET")
                                && m.contains("the application did not start"))));
        results.testEvents().assertStatistics(s -> s.started(0));
    }

    /** Start a reference target with {@code profile}, closed after the test. */
    private String startedTarget(MistakeProfile profile) {
        EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile).start();
        targets.add(target);
        return target.baseUrl();
    }

    @AfterEach
    void stopTargets() {
        targets.forEach(EmbeddedTarget::close);
    }
}
