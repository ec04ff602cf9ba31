package dev.corstck.tck.engine.discovery;

import static dev.corstck.tck.junit.CorsTckParameters.BASELINE;
import static dev.corstck.tck.junit.CorsTckParameters.BASELINE_STRICT;
import static dev.corstck.tck.junit.CorsTckParameters.BASELINE_UPDATE;
import static dev.corstck.tck.junit.CorsTckParameters.BROWSERS;
import static dev.corstck.tck.junit.CorsTckParameters.BROWSERS_REQUIRED;
import static dev.corstck.tck.junit.CorsTckParameters.POLICY;
import static dev.corstck.tck.junit.CorsTckParameters.REPORT_DIR;
import static dev.corstck.tck.junit.CorsTckParameters.RULES;
import static dev.corstck.tck.junit.CorsTckParameters.STRICT;
import static dev.corstck.tck.junit.CorsTckParameters.TIMEOUT_SECONDS;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.engine.baseline.Baseline;
import dev.corstck.tck.engine.baseline.BaselineFile;
import dev.corstck.tck.engine.baseline.BaselineProblem;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.junit.CorsConformance;
import dev.corstck.tck.policy.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Resolve a {@code @CorsConformance} class's settings: the annotation, overridden by {@code cors.tck.*}
 * configuration parameters. Every problem is reported as a discovery issue (with the file and line where there is
 * one); a class with an error is left out of the run.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SettingsReader {

    /** The longest grading run per class when {@code cors.tck.timeout.seconds} is not set: 300 s. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;

    /** Without a policy file: probe {@code GET /} without credentials, grading only the Fetch invariants. */
    static final PolicySource UNDECLARED = new PolicySource.Undeclared(List.of(Endpoint.get("/",
            CredentialsMode.OMIT)));

    private final ConfigurationParameters config;
    private final DiscoveryIssueReporter reporter;

    public SettingsReader(ConfigurationParameters config, DiscoveryIssueReporter reporter) {
        this.config = config;
        this.reporter = reporter;
    }

    /** Resolve the settings of {@code testClass}; empty when it has errors (all of them reported). */
    public Optional<ClassSettings> read(Class<?> testClass) {
        boolean[] failed = {false};
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.consuming(issue -> {
            failed[0] |= issue.severity() == Severity.ERROR;
            reporter.reportIssue(issue);
        });
        ClassSource here = ClassSource.from(testClass);
        Parameters params = new Parameters(config,
                m -> issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, m).source(here)));
        CorsConformance a = testClass.getAnnotation(CorsConformance.class);
        Optional<TargetSource> target = new TargetFinder(params, issues).find(testClass, a.target());
        String policyName = params.text(POLICY).orElse(a.policy().strip());
        Optional<PolicySource> policy = policyName.isEmpty() ? Optional.of(UNDECLARED)
                : new PolicyLoader(issues).load(policyName, testClass);
        BrowserList browsers = browsers(params, a, issues, here);
        Optional<String> rules = rules(params.text(RULES).orElse(a.rules().strip()), issues, here);
        boolean update = params.bool(BASELINE_UPDATE, false);
        Baseline baseline = baseline(params.text(BASELINE).orElse(a.baseline().strip()), update, issues);
        Duration timeout = Duration.ofSeconds(params.integer(TIMEOUT_SECONDS, 1, 86_400, DEFAULT_TIMEOUT_SECONDS));
        Path reports = params.text(REPORT_DIR).map(Path::of).orElseGet(SettingsReader::defaultReportDir)
                .resolve(testClass.getName());
        boolean strict = params.bool(STRICT, a.strict());
        boolean baselineStrict = params.bool(BASELINE_STRICT, false);
        boolean browsersRequired = params.bool(BROWSERS_REQUIRED, false);
        if (failed[0] || target.isEmpty() || policy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClassSettings(testClass, target.get(), policy.get(), policyName,
                browsers.engines(), browsers.drivers(), browsersRequired, rules, strict, baseline, update, baselineStrict, reports, timeout));
    }

    /** {@code target/cors-tck}, or {@code build/cors-tck} in a Gradle project without a {@code pom.xml}. */
    static Path defaultReportDir() {
        boolean gradle = (Files.exists(Path.of("build.gradle")) || Files.exists(Path.of("build.gradle.kts")))
                && !Files.exists(Path.of("pom.xml"));
        return Path.of(gradle ? "build" : "target", "cors-tck");
    }

    private static BrowserList browsers(Parameters params, CorsConformance a, DiscoveryIssueReporter issues,
            ClassSource here) {
        Optional<String> configured = params.text(BROWSERS);
        if (configured.isEmpty()) {
            // The annotation names browsers in its own type (no grading types in the public API): same constants.
            return BrowserList.local(Arrays.stream(a.browsers()).map(b -> BrowserEngine.valueOf(b.name())).distinct()
                    .toList());
        }
        try {
            return BrowserList.parse(configured.get());
        } catch (IllegalArgumentException e) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR,
                    "configuration parameter " + BROWSERS + ": " + e.getMessage()).source(here));
            return BrowserList.local(List.of());
        }
    }

    private static Optional<String> rules(String selection, DiscoveryIssueReporter issues, ClassSource here) {
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        try {
            RulePattern.parseList(selection).stream().map(RuleIds::matchesNone)
                    .flatMap(Optional::stream).forEach(m -> issues.reportIssue(DiscoveryIssue.builder(
                            Severity.ERROR, "rule selection '" + selection + "': " + m).source(here)));
            return Optional.of(selection);
        } catch (IllegalArgumentException e) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, e.getMessage()).source(here));
            return Optional.empty();
        }
    }

    private static Baseline baseline(String name, boolean update, DiscoveryIssueReporter issues) {
        if (name.isEmpty()) {
            return Baseline.NONE;
        }
        BaselineFile.Loaded loaded = BaselineFile.read(Path.of(name), update, RuleIds::unknown);
        for (BaselineProblem p : loaded.problems()) {
            issues.reportIssue(DiscoveryIssue.builder(p.error() ? Severity.ERROR : Severity.WARNING, "baseline " + p)
                    .source(PolicyLoader.source(name, p.line(), p.column())));
        }
        return loaded.baseline();
    }
}
