package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.generation.TargetUrl;
import dev.corstck.tck.policy.Endpoint;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What to grade and how. Build with {@link #builder(String)}, the only way to make one; the defaults are stated on
 * {@link Builder}. The settings are checked together when the builder builds.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GradeRequest {

    private final String target;
    private final String label;
    private final PolicySource policy;
    private final List<BrowserEngine> browsers;
    private final Optional<String> rules;
    private final Optional<Set<String>> scenarios;
    private final boolean strict;
    private final Duration requestTimeout;
    private final Duration runTimeout;
    private final int parallelism;
    private final BrowserScope browserScope;
    private final BrowserDrivers drivers;

    private GradeRequest(Builder b) {
        target = b.target;
        TargetUrl.parse(target);
        label = Objects.requireNonNull(b.label, "label must not be null");
        policy = Objects.requireNonNull(b.policy, "policy must not be null");
        browsers = List.copyOf(b.browsers);
        rules = Objects.requireNonNull(b.rules, "rules must not be null");
        rules.ifPresent(RulePattern::parseList);
        scenarios = Objects.requireNonNull(b.scenarios, "scenarios must not be null").map(Set::copyOf);
        strict = b.strict;
        requestTimeout = requirePositive(b.requestTimeout, "requestTimeout");
        runTimeout = requirePositive(b.runTimeout, "runTimeout");
        parallelism = b.parallelism;
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be 1 to 64, got " + parallelism);
        }
        browserScope = Objects.requireNonNull(b.browserScope, "browserScope must not be null");
        drivers = Objects.requireNonNull(b.drivers, "drivers must not be null");
    }

    /** The target's base URL, {@code http://127.0.0.1:8080}. */
    public String target() {
        return target;
    }

    /** A display name for reports. */
    public String label() {
        return label;
    }

    /** What the target is graded against. */
    public PolicySource policy() {
        return policy;
    }

    /** The real browsers that confirm verdicts; empty for wire and simulator only. */
    public List<BrowserEngine> browsers() {
        return browsers;
    }

    /** Comma-separated rule-ID globs ({@code preflight.*,security.*}); empty for every rule. */
    public Optional<String> rules() {
        return rules;
    }

    /**
     * The IDs of the scenarios to grade; empty for every scenario. Rules that compare scenarios with one another
     * ({@link Grader#comparesScenarios(String)}) compare the selected ones only.
     */
    public Optional<Set<String>> scenarios() {
        return scenarios;
    }

    /** Whether SHOULD rules fail rather than warn. */
    public boolean strict() {
        return strict;
    }

    /** The longest one wire exchange may take. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The longest the whole run may take; scenarios not graded by then are ERROR. */
    public Duration runTimeout() {
        return runTimeout;
    }

    /** How many wire scenarios run at once. */
    public int parallelism() {
        return parallelism;
    }

    /** Which scenarios the browsers confirm. */
    public BrowserScope browserScope() {
        return browserScope;
    }

    /** Where each browser runs: locally, or on the remote endpoint the browser list named. */
    public BrowserDrivers drivers() {
        return drivers;
    }

    /** Start a request for {@code target} with every other setting at its default. */
    public static Builder builder(String target) {
        return new Builder(target);
    }

    /** The target's origin and base path. */
    public TargetUrl targetUrl() {
        return TargetUrl.parse(target);
    }

    @Override
    public String toString() {
        return "GradeRequest[target=" + target + ", label=" + label + ", rules=" + rules + ", strict=" + strict + "]";
    }

    /** Answer whether {@code ruleId} is selected. */
    public boolean selects(String ruleId) {
        return rules.map(r -> RulePattern.parseList(r).stream().anyMatch(p -> p.matches(ruleId))).orElse(true);
    }

    /** Answer whether the scenario with ID {@code scenarioId} is selected. */
    public boolean selectsScenario(String scenarioId) {
        return scenarios.map(ids -> ids.contains(scenarioId)).orElse(true);
    }

    private static Duration requirePositive(Duration d, String name) {
        if (Objects.requireNonNull(d, name + " must not be null").isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    /**
     * Builds a {@link GradeRequest}. Defaults: label = target; no policy, probing {@code GET /} without credentials;
     * browsers {@code chromium} (local), confirming {@link BrowserScope#KEY} scenarios; every rule; every scenario; not strict; request timeout
     * 5 s; run timeout 5 min; parallelism 4.
     */
    public static final class Builder {
        private final String target;
        private String label;
        private PolicySource policy = new PolicySource.Undeclared(List.of(Endpoint.get("/", CredentialsMode.OMIT)));
        private List<BrowserEngine> browsers = List.of(BrowserEngine.CHROMIUM);
        private Optional<String> rules = Optional.empty();
        private Optional<Set<String>> scenarios = Optional.empty();
        private boolean strict;
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Duration runTimeout = Duration.ofMinutes(5);
        private int parallelism = 4;
        private BrowserScope browserScope = BrowserScope.KEY;
        private BrowserDrivers drivers = BrowserDrivers.LOCAL;

        private Builder(String target) {
            this.target = Objects.requireNonNull(target, "target must not be null");
            this.label = target;
        }

        public Builder label(String value) {
            label = value;
            return this;
        }

        public Builder policy(PolicySource value) {
            policy = value;
            return this;
        }

        public Builder browsers(List<BrowserEngine> value) {
            browsers = value;
            return this;
        }

        /** Use the browsers of a parsed {@code --browsers} value, each where the list says it runs. */
        public Builder browsers(BrowserList value) {
            browsers = value.engines();
            drivers = value.drivers();
            return this;
        }

        public Builder browsers(BrowserEngine... value) {
            browsers = List.of(value);
            return this;
        }

        /** Select rules by comma-separated ID globs. */
        public Builder rules(String value) {
            rules = Optional.of(value);
            return this;
        }

        /** Grade only the scenarios with these IDs ({@code api-data.allowed.https-app.localhost.get.omit}). */
        public Builder scenarios(Collection<String> ids) {
            scenarios = Optional.of(Set.copyOf(ids));
            return this;
        }

        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        public Builder runTimeout(Duration value) {
            runTimeout = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder browserScope(BrowserScope value) {
            browserScope = value;
            return this;
        }

        /** Validate and build. @throws IllegalArgumentException naming the bad setting */
        public GradeRequest build() {
            return new GradeRequest(this);
        }
    }
}
