package dev.corstck.tck.junit;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Name the configuration parameters of the {@code cors-tck} engine. Each overrides the matching
 * {@link CorsConformance} attribute for every class of the run; set them as system properties, in
 * {@code junit-platform.properties} or in Surefire's {@code configurationParameters}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsTckParameters {

    /** The prefix every parameter of the engine shares. */
    public static final String PREFIX = "cors.tck.";

    /** The target's base URL, e.g. {@code http://127.0.0.1:8080}. */
    public static final String TARGET = "cors.tck.target";

    /** The policy file: a path, or {@code classpath:name.yaml}. */
    public static final String POLICY = "cors.tck.policy";

    /** Comma-separated browsers ({@code chromium,firefox,webkit}), or {@code none}. */
    public static final String BROWSERS = "cors.tck.browsers";

    /** Comma-separated rule-ID globs, e.g. {@code preflight.*}. */
    public static final String RULES = "cors.tck.rules";

    /** {@code true} to fail SHOULD rules rather than warn. */
    public static final String STRICT = "cors.tck.strict";

    /**
     * {@code true} to fail, rather than abort, a class's {@code <browser> ran} test when a configured browser compared
     * no scenario (not installed, did not start). Default false: user builds without a browser stay green, with the
     * reason shown.
     */
    public static final String BROWSERS_REQUIRED = "cors.tck.browsers.required";

    /** The baseline file of known failures. */
    public static final String BASELINE = "cors.tck.baseline";

    /** {@code true} to rewrite the baseline file with the failures of this run (none of them fails the build). */
    public static final String BASELINE_UPDATE = "cors.tck.baseline.update";

    /**
     * {@code true} to fail the {@code baseline} test when a baseline entry no longer fails (fixed); by default such
     * entries abort that test with the list, so the build stays green and the report shows them.
     */
    public static final String BASELINE_STRICT = "cors.tck.baseline.strict";

    /**
     * The directory the full reports ({@code report.json}, {@code index.html}, {@code junit.xml}) are written into,
     * one subdirectory per class. Default {@code target/cors-tck} ({@code build/cors-tck} in a Gradle project).
     */
    public static final String REPORT_DIR = "cors.tck.report.dir";

    /** The longest a class's grading run may take, in seconds; scenarios not graded by then abort. Default 300. */
    public static final String TIMEOUT_SECONDS = "cors.tck.timeout.seconds";

    /** Every parameter the engine reads. */
    public static final List<String> ALL = List.of(TARGET, POLICY, BROWSERS, BROWSERS_REQUIRED, RULES, STRICT, BASELINE,
            BASELINE_UPDATE, BASELINE_STRICT, REPORT_DIR, TIMEOUT_SECONDS);

    private CorsTckParameters() {
    }
}
