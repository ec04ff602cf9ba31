package dev.corstck.tck.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Grade a target's CORS with the {@code cors-tck} engine: the class becomes a container of rule groups (Fetch
 * sections), rules, and one test per scenario and engine. The target is {@link #target()}, or what the class's
 * {@link CorsTarget} member supplies at run time; a class that implements {@link AutoCloseable} is closed after the
 * run, so it can start and stop its own application.
 *
 * <pre>{@code
 * @CorsConformance(policy = "src/test/resources/cors-policy.yaml", baseline = "cors-baseline.txt")
 * class ApiCorsTest implements AutoCloseable {
 *     private final MyServer server = MyServer.start(0);
 *
 *     @CorsTarget
 *     String target() { return "http://127.0.0.1:" + server.port(); }
 *
 *     @Override
 *     public void close() { server.stop(); }
 * }
 * }</pre>
 *
 * <p>Every attribute can be overridden for a whole build by the configuration parameter named in its Javadoc
 * (system property, {@code junit-platform.properties} or Surefire's {@code configurationParameters}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CorsConformance {

    /**
     * The target's base URL ({@code http://127.0.0.1:8080}); empty (the default) when a {@link CorsTarget} member
     * supplies it. Overridden by {@value CorsTckParameters#TARGET}.
     */
    String target() default "";

    /**
     * The policy file (YAML, Express {@code cors} option names plus {@code endpoints}): a path relative to the working
     * directory, or {@code classpath:name.yaml}. Empty (the default) grades without a policy: only the Fetch
     * invariants and the security posture of {@code GET /}. Overridden by {@value CorsTckParameters#POLICY}.
     */
    String policy() default "";

    /**
     * The real browsers that confirm verdicts; empty for wire probes and the simulator only. Default: Chromium.
     * Overridden by {@value CorsTckParameters#BROWSERS}.
     */
    Browser[] browsers() default {Browser.CHROMIUM};

    /**
     * The rules to grade, as comma-separated ID globs ({@code preflight.*,cors-check.*}); empty (the default) for
     * every rule. Overridden by {@value CorsTckParameters#RULES}.
     */
    String rules() default "";

    /** Whether SHOULD rules fail rather than warn. Default false. Overridden by {@value CorsTckParameters#STRICT}. */
    boolean strict() default false;

    /**
     * The baseline file of known failures, relative to the working directory; empty (the default) for none.
     * Overridden by {@value CorsTckParameters#BASELINE}.
     */
    String baseline() default "";
}
