package dev.corstck.tck.engine;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.junit.CorsConformance;
import dev.corstck.tck.junit.CorsTarget;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Fixture classes for the engine's tests. They are nested, so Surefire (which skips {@code $} classes) never runs
 * them directly; the tests select them through {@code EngineTestKit}.
 */
final class EngineFixtures {

    /** The reference target's demo policy as a policy file. */
    static final String POLICY = "classpath:dev/corstck/tck/engine/demo-policy.yaml";

    /** A policy file with problems on known lines. */
    static final String BAD_POLICY = "classpath:dev/corstck/tck/engine/bad-policy.yaml";

    private EngineFixtures() {
    }

    /**
     * The reference target with the demo policy, started by the fixture's constructor and stopped by
     * {@link #close()}, graded in Chromium (the annotation's default).
     */
    @CorsConformance(policy = POLICY)
    static class CorrectTargetTestCase implements AutoCloseable {
        private final EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();

        @CorsTarget
        String target() {
            return target.baseUrl();
        }

        @Override
        public void close() {
            target.close();
        }
    }

    /** A policy and nothing else: the tests point it at a target with {@code cors.tck.target}. */
    @CorsConformance(policy = POLICY, target = "http://127.0.0.1:9", browsers = {})
    static class PolicyOnlyTestCase {
    }

    /** A static {@code Supplier} field that throws: the class fails with what it threw. */
    @CorsConformance(browsers = {})
    static class ThrowingTargetTestCase {
        @CorsTarget
        static final Supplier<URI> TARGET = () -> {
            throw new IllegalStateException("the application did not start");
        };
    }

    /** A rule selection with a typo. */
    @CorsConformance(target = "http://127.0.0.1:9", rules = "preflight.*, cors-check.acao-exakt", browsers = {})
    static class UnknownRuleTestCase {
    }

    /** A policy file with problems. */
    @CorsConformance(target = "http://127.0.0.1:9", policy = BAD_POLICY, browsers = {})
    static class BadPolicyTestCase {
    }

    /** No target at all. */
    @CorsConformance(browsers = {})
    static class NoTargetTestCase {
    }

    /** Two targets: the annotation's and a member. */
    @CorsConformance(target = "http://127.0.0.1:9", browsers = {})
    static class TwoTargetsTestCase {
        @CorsTarget
        static String target() {
            return "http://127.0.0.1:10";
        }
    }

    /** A target member of a type that gives no URL. */
    @CorsConformance(browsers = {})
    static class IntTargetTestCase {
        @CorsTarget
        int port() {
            return 8080;
        }
    }

    /** Not a conformance class: the engine ignores it. */
    static class PlainClass {
    }
}
