package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.EngineInfo;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.TargetReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local Chromium's browser stage runs its page origins in several lanes at once (each lane its own Playwright
 * connection to the one Chromium, each page its own fresh context). Graded in lanes and graded one page at a time,
 * the same target gets the same verdicts, the same browser observations and the same agreement with the simulator.
 */
@Timeout(240)
class ChromiumLanesTests {

    private static BrowserHarness harness;

    @BeforeAll
    static void startChromium() {
        // Lanes are off by default (one page at a time was faster on 2 cores): this harness asks for three.
        System.setProperty("cors.tck.chromium.lanes", "3");
        GradeRequest any = GradingFixtures.wireOnly("http://127.0.0.1:1").browsers(BrowserEngine.CHROMIUM).build();
        try {
            harness = BrowserHarness.create(BrowserSessions.forScenarios(List.of(BrowserEngine.CHROMIUM),
                    Grader.plan(any)));
        } finally {
            System.clearProperty("cors.tck.chromium.lanes");
        }
    }

    @AfterAll
    static void stopChromium() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theLocalChromiumRunsSeveralPagesAtOnce() {
        assertThat(harness.sessionsAtOnce(dev.corstck.harness.Engine.CHROMIUM)).isGreaterThan(1);
    }

    @Test
    void pagesInLanesDecideAsPagesOneAfterAnother() {
        // Without lanes this test would compare one-at-a-time with itself: the harness must offer several.
        assertThat(harness.sessionsAtOnce(dev.corstck.harness.Engine.CHROMIUM)).isGreaterThan(1);
        for (Optional<MistakeProfile> profile : List.of(Optional.<MistakeProfile>empty(),
                Optional.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS),
                Optional.of(MistakeProfile.PREFLIGHT_NON_2XX))) {
            try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile)
                    .start()) {
                GradeRequest request = GradingFixtures.wireOnly(target.baseUrl()).browsers(BrowserEngine.CHROMIUM)
                        .build();
                Recording lanes = new Recording(harness, harness.sessionsAtOnce(dev.corstck.harness.Engine.CHROMIUM));
                Recording oneByOne = new Recording(harness, 1);
                TargetReport inLanes = Grader.sharing(lanes).grade(request, GradingListener.NONE);
                TargetReport sequential = Grader.sharing(oneByOne).grade(request, GradingListener.NONE);

                assertThat(lanes.maxInFlight).as("%s: pages in flight at once in lanes", profile).isGreaterThan(1);
                assertThat(oneByOne.maxInFlight).as("%s: pages in flight one by one", profile).isEqualTo(1);
                EngineAgreement agreement = inLanes.agreement().get(0);
                assertThat(agreement.scenarios()).as("scenarios Chromium ran").isGreaterThan(20);
                assertThat(agreement.disagreements()).as("simulator vs Chromium in lanes").isEmpty();
                assertThat(agreement.agreed()).as("every scenario agreed").isEqualTo(agreement.scenarios());
                assertThat(inLanes.agreement()).as("%s: agreement", profile).isEqualTo(sequential.agreement());
                assertThat(verdicts(inLanes)).as("%s: verdicts", profile).isEqualTo(verdicts(sequential));
                assertThat(lanes.observed()).as("%s: browser observations", profile)
                        .isEqualTo(oneByOne.observed()).isNotEmpty();
            }
        }
    }

    private static Set<String> verdicts(TargetReport report) {
        Set<String> out = new TreeSet<>();
        report.findings().forEach(f -> out.add(f.ruleId() + " " + f.scenarioId() + " " + f.engine().id() + " "
                + f.verdict() + " expected=" + f.expected()));
        return out;
    }

    /**
     * The shared harness, offering {@code lanes} sessions at once, recording what each call observed (outcome,
     * everything but timings and per-grading nonces) and how many pages ran at once.
     */
    private static final class Recording implements BrowserHarness {
        /** What differs between two gradings of one target: the scenario URL's nonce, the target's request counter,
         *  the multipart boundary Chromium draws. */
        private static final String PER_GRADING = "cors-tck=[0-9a-f]+|req-[0-9]+|WebKitFormBoundary[A-Za-z0-9]+";

        private final BrowserHarness inner;
        private final int lanes;
        private final java.util.Map<String, String> observed = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        private volatile int maxInFlight;

        Recording(BrowserHarness inner, int lanes) {
            this.inner = inner;
            this.lanes = lanes;
        }

        java.util.Map<String, String> observed() {
            return new java.util.TreeMap<>(observed);
        }

        @Override
        public HarnessOptions options() {
            return inner.options();
        }

        @Override
        public void warmUp() {
            inner.warmUp();
        }

        @Override
        public PageOrigin bind(PageOrigin origin) {
            return inner.bind(origin);
        }

        @Override
        public Observation run(dev.corstck.harness.Engine engine, PageOrigin page, FetchCall call) {
            return run(engine, page, List.of(call), BatchMode.ISOLATED).get(0);
        }

        @Override
        public List<Observation> run(dev.corstck.harness.Engine engine, PageOrigin page, List<FetchCall> calls,
                BatchMode mode) {
            int now = inFlight.incrementAndGet();
            synchronized (this) {
                maxInFlight = Math.max(maxInFlight, now);
            }
            try {
                List<Observation> out = inner.run(engine, page, calls, mode);
                // everything the browser showed but the page clock's timings
                out.forEach(o -> observed.put(o.callId(), new Observation(o.callId(), o.engine(), o.driver(),
                        o.pageOrigin(), o.outcome(), o.detail(), o.response(), o.jsError(), o.console(),
                        o.corsReason(), o.preflightSent(), o.cookiesSent(), o.requests(), null, o.unavailable())
                        .toString().replaceAll(PER_GRADING, "#")));
                return out;
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public int sessionsAtOnce(dev.corstck.harness.Engine engine) {
            return Math.min(lanes, inner.sessionsAtOnce(engine));
        }

        @Override
        public Optional<EngineInfo> engineInfo(dev.corstck.harness.Engine engine) {
            return inner.engineInfo(engine);
        }

        @Override
        public void close() {
            // the class's harness: closed once, after every test
        }
    }
}
