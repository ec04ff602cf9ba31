package dev.corstck.tck.engine.discovery;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.tck.engine.baseline.Baseline;
import dev.corstck.tck.grading.BrowserDrivers;
import dev.corstck.tck.grading.PolicySource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything the engine needs to grade one {@code @CorsConformance} class, resolved at discovery from the annotation
 * and the {@code cors.tck.*} configuration parameters (which win).
 *
 * @param testClass      the annotated class
 * @param target         where the target's URL comes from
 * @param policy         what the target is graded against
 * @param policyName     the policy file as configured, empty without one
 * @param browsers       the real browsers that confirm verdicts
 * @param drivers        where each browser runs (a {@code grid:}, {@code cdp:} or {@code ws:} endpoint, else local)
 * @param browsersRequired whether a browser that compared no scenario fails its {@code <browser> ran} test
 * @param rules          the rule-ID globs selected, empty for every rule
 * @param strict         whether SHOULD rules fail
 * @param baseline       the known failures
 * @param baselineUpdate whether to rewrite the baseline with this run's failures
 * @param baselineStrict whether fixed baseline entries fail the {@code baseline} test
 * @param reportDir      the directory this class's reports go to
 * @param runTimeout     the longest the grading run may take
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ClassSettings(Class<?> testClass, TargetSource target, PolicySource policy, String policyName,
        List<BrowserEngine> browsers, BrowserDrivers drivers, boolean browsersRequired, Optional<String> rules, boolean strict,
        Baseline baseline, boolean baselineUpdate, boolean baselineStrict, Path reportDir, Duration runTimeout) {

    public ClassSettings {
        Objects.requireNonNull(testClass, "testClass must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(policyName, "policyName must not be null");
        browsers = List.copyOf(browsers);
        Objects.requireNonNull(drivers, "drivers must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(reportDir, "reportDir must not be null");
        Objects.requireNonNull(runTimeout, "runTimeout must not be null");
    }

    /** Answer whether the engine must create an instance of the class: a non-static target member, or a lifecycle. */
    public boolean needsInstance() {
        return AutoCloseable.class.isAssignableFrom(testClass)
                || target instanceof TargetSource.Supplied s && s.member().needsInstance();
    }
}
