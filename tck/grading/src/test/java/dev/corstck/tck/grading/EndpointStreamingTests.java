package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.generation.FormPosts;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grader holds one endpoint at a time (issue 16): the wire stage runs the plan endpoint by endpoint, the checks
 * that compare scenarios run on each endpoint once it is done, and its runs are let go. The findings stay those of
 * the grader that held every run to the end ({@link Grader#holdingAllRuns()}, the oracle), in another order.
 */
class EndpointStreamingTests {

    /** Five endpoints: state-changing ones (their form POSTs come last in the plan), a query, one without credentials. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/data", List.of("GET", "POST"), CredentialsMode.INCLUDE, 200, List.of(), BodyType.NONE),
            new Endpoint("/api/items/1", List.of("PUT", "DELETE"), CredentialsMode.INCLUDE, 200,
                    List.of("Authorization"), BodyType.JSON),
            new Endpoint("/api/items/2", List.of("GET", "PUT"), CredentialsMode.INCLUDE, 200, List.of(), BodyType.NONE),
            new Endpoint("/api/items/3?x=1", List.of("GET", "PUT"), CredentialsMode.INCLUDE, 200, List.of(),
                    BodyType.NONE),
            new Endpoint("/public", List.of("GET"), CredentialsMode.OMIT, 200, List.of(), BodyType.NONE));

    static GradingPolicy policy() {
        return new GradingPolicy(DemoPolicy.standard(), ENDPOINTS, GradingPolicy.EndpointSource.DECLARED);
    }

    @Test
    void theWireStageRunsEachEndpointsScenariosTogetherInPlanOrder() {
        List<GeneratedScenario> plan = Grader.plan(GradeRequest.builder("http://127.0.0.1:8080")
                .policy(new PolicySource.Declared(policy())).browsers(List.of()).build());
        EndpointOrder order = EndpointOrder.byEndpoint(plan);

        assertThat(plan.stream().skip(plan.size() - 3).map(GeneratedScenario::shape))
                .as("the plan ends with the form POSTs, away from their endpoints").allMatch(FormPosts::isProbe);
        assertThat(order.scenarios()).containsExactlyInAnyOrderElementsOf(plan);
        List<String> paths = order.scenarios().stream().map(s -> s.endpoint().path()).toList();
        assertThat(new ArrayList<>(new LinkedHashSet<>(paths))).as("endpoints in the order they first appear")
                .isEqualTo(ENDPOINTS.stream().map(Endpoint::path).toList());
        for (int i = 0; i < order.size(); i++) {
            boolean last = i == order.size() - 1 || !paths.get(i).equals(paths.get(i + 1));
            assertThat(order.endsGroup(i)).as("group end at %d", i).isEqualTo(last);
            assertThat(plan.get(order.planIndex(i))).isSameAs(order.scenario(i));
            if (i > 0 && paths.get(i).equals(paths.get(i - 1))) {
                assertThat(order.planIndex(i)).as("plan order within an endpoint")
                        .isGreaterThan(order.planIndex(i - 1));
            }
        }
        assertThat(IntStream.range(0, order.size()).filter(order::endsGroup).count()).as("one group per endpoint")
                .isEqualTo(paths.stream().distinct().count());
        assertThat(order.firstAllowed()).isEqualTo(plan.stream()
                .filter(s -> s.originClass() == dev.corstck.tck.generation.OriginClass.ALLOWED)
                .map(s -> s.page().origin()).findFirst()).isPresent();
    }

    /**
     * An endpoint's runs, and the plan's scenarios behind them, are gone once the endpoint is graded. Fails on a
     * grader that holds every run until the wire stage ends, as the grader did before issue 16.
     */
    @Test
    void anEndpointsRunsAreLetGoOnceTheEndpointIsGraded() {
        record Watched(String path, WeakReference<ScenarioRun> run, WeakReference<GeneratedScenario> scenario) {
            boolean gone() {
                return run.get() == null && scenario.get() == null;
            }
        }
        List<Watched> watched = new ArrayList<>();
        List<String> stillHeld = new ArrayList<>();
        int[] checkedAt = {0};
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            GradeRequest request = GradeRequest.builder(target.baseUrl()).policy(new PolicySource.Declared(policy()))
                    .browsers(List.of()).build();
            Grader grader = Grader.watching(r -> watched.add(new Watched(r.scenario().endpoint().path(),
                    new WeakReference<>(r), new WeakReference<>(r.scenario()))));
            grader.gradeStreamed(request, new GradingListener() {
                @Override
                public void progress(String phase, int done, int total) {
                    if (!phase.equals("wire") || done != total) {
                        return;
                    }
                    // The last scenario is graded; its endpoint is still open, every other one is done.
                    checkedAt[0] = done;
                    String open = watched.get(watched.size() - 1).path();
                    List<Watched> done0 = watched.stream().filter(w -> !w.path().equals(open)).toList();
                    collect(() -> done0.stream().allMatch(Watched::gone));
                    done0.stream().filter(w -> !w.gone()).forEach(w -> stillHeld.add(w.path() + " "
                            + (w.run().get() != null ? "run " + w.run().get().scenario().id() : "scenario")));
                }
            });
        }

        assertThat(checkedAt[0]).isGreaterThan(100);
        assertThat(watched).hasSize(checkedAt[0]);
        assertThat(stillHeld).as("runs and scenarios of graded endpoints the grader still holds").isEmpty();
    }

    /** The runs kept for the browser stage give the confirmations all the runs gave. */
    @Test
    void theRunsKeptForBrowsersAreTheConfirmableOnes() {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS).start()) {
            List<ScenarioRun> all = WireRuns.of(GradeRequest.builder(target.baseUrl())
                    .policy(new PolicySource.Declared(policy())).browsers(List.of()).build());
            for (BrowserScope scope : BrowserScope.values()) {
                List<ScenarioRun> kept = all.stream().filter(r -> BrowserStage.mayConfirm(r, scope)).toList();
                assertThat(kept.size()).as("%s keeps fewer runs than it was given", scope).isLessThan(all.size());
                assertThat(BrowserStage.confirmable(kept, scope)).as(scope.toString())
                        .isNotEmpty().isEqualTo(BrowserStage.confirmable(all, scope));
            }
        }
    }

    static Stream<Arguments> targets() {
        // The correct target and the profiles the checks across scenarios and the probes decide.
        return Stream.of(Optional.<MistakeProfile>empty(), Optional.of(MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1),
                Optional.of(MistakeProfile.MISSING_VARY), Optional.of(MistakeProfile.CALLBACK_WITHOUT_NO_ORIGIN_GUARD),
                Optional.of(MistakeProfile.AUTHORIZATION_NOT_ALLOWED)).flatMap(p -> Stream.of(
                Arguments.of(p.map(MistakeProfile::id).orElse("correct") + ", declared", p, true),
                Arguments.of(p.map(MistakeProfile::id).orElse("correct") + ", undeclared", p, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theFindingsAreThoseOfTheGraderThatHeldEveryRun(String name, Optional<MistakeProfile> profile,
            boolean declared) {
        List<GradingStats> heldStats = new ArrayList<>();
        List<GradingStats> streamedStats = new ArrayList<>();
        TargetReport held;
        TargetReport streamed;
        TargetReport again;
        // One target for the three gradings: the findings name its port.
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile).start()) {
            GradeRequest request = GradeRequest.builder(target.baseUrl()).browsers(List.of())
                    .policy(declared ? new PolicySource.Declared(policy()) : new PolicySource.Undeclared(ENDPOINTS))
                    .build();
            held = Grader.holdingAllRuns().grade(request, stats(heldStats));
            streamed = Grader.create().grade(request, stats(streamedStats));
            again = Grader.create().grade(request, GradingListener.NONE);
        }

        assertThat(streamed.complete()).isEqualTo(held.complete()).isTrue();
        assertThat(held.findings()).hasSizeGreaterThan(300);
        assertThat(counted(streamed)).as("findings, each with its evidence").isEqualTo(counted(held));
        assertThat(keys(again)).as("the same order every time").isEqualTo(keys(streamed));
        List<String> endpoints = streamed.findings().stream().map(f -> f.scenarioId().split("\\.", 2)[0]).toList();
        List<String> blocks = IntStream.range(0, endpoints.size())
                .filter(i -> i == 0 || !endpoints.get(i).equals(endpoints.get(i - 1))).mapToObj(endpoints::get).toList();
        assertThat(blocks).as("findings endpoint by endpoint").doesNotHaveDuplicates()
                .hasSize(ENDPOINTS.size());
        assertThat(streamedStats.get(0).wireExchanges()).as("requests on the wire, none sent twice")
                .isEqualTo(heldStats.get(0).wireExchanges());
        assertThat(streamedStats.get(0).scenarios()).isEqualTo(heldStats.get(0).scenarios());
    }

    private static GradingListener stats(List<GradingStats> out) {
        return new GradingListener() {
            @Override
            public void finished(GradingStats s) {
                out.add(s);
            }
        };
    }

    @Test
    void aStreamedGradingTellsTheListenerWhatGradeReturns() {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(MistakeProfile.MISSING_VARY).start()) {
            GradeRequest request = GradeRequest.builder(target.baseUrl()).policy(new PolicySource.Declared(policy()))
                    .browsers(List.of()).build();
            List<Finding> heard = new ArrayList<>();
            GradingStats[] stats = new GradingStats[1];
            GradeOutcome outcome = Grader.create().gradeStreamed(request, new GradingListener() {
                @Override
                public void finding(Finding f) {
                    heard.add(f);
                }

                @Override
                public void finished(GradingStats s) {
                    stats[0] = s;
                }
            });
            List<Finding> collected = new ArrayList<>();
            TargetReport report = Grader.create().grade(request, new GradingListener() {
                @Override
                public void finding(Finding f) {
                    collected.add(f);
                }
            });

            assertThat(outcome.complete()).isTrue();
            assertThat(outcome.agreement()).isEmpty();
            assertThat(outcome.stats()).isEqualTo(stats[0]);
            assertThat(outcome.stats().scenarios()).isEqualTo(Grader.plan(request).size());
            assertThat(report.findings()).isEqualTo(collected);
            assertThat(keys(report.findings())).isEqualTo(keys(heard));
        }
    }

    /** Give the collector a few chances: a weakly held object goes at the collector's pace, not at once. */
    private static void collect(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 20 && !done.getAsBoolean(); i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Each finding with its whole text (evidence included) and how often it occurs. */
    private static Map<String, Long> counted(TargetReport report) {
        return report.findings().stream().map(EndpointStreamingTests::text)
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
    }

    private static List<String> keys(TargetReport report) {
        return keys(report.findings());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.scenarioId() + " " + f.engine() + " " + f.verdict())
                .toList();
    }

    /**
     * A finding's text, but for what the reference target varies between two identical gradings: the {@code Date} it
     * answers with and its request counter ({@code X-Request-Id: req-N}, numbered in arrival order).
     */
    private static String text(Finding f) {
        return f.toString().replaceAll("Date: [A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT",
                "Date: (date)").replaceAll("req-\\d+", "req-(n)");
    }
}
