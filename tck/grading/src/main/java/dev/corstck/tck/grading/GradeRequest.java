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
 * What to grade and how. Build with {@link #builder(String)}; the defaults are stated on {@link Builder}.
 *
 * @param target         the target's base URL, {@code http://127.0.0.1:8080}
 * @param label          a display name for reports
 * @param policy         what the target is graded against
 * @param browsers       the real browsers that confirm verdicts; empty for wire and simulator only
 * @param rules          comma-separated rule-ID globs ({@code preflight.*,security.*}); empty for every rule
 * @param scenarios      the IDs of the scenarios to grade; empty for every scenario. Rules that compare scenarios
 *                       with one another ({@link Grader#comparesScenarios(String)}) compare the selected ones only
 * @param strict         whether SHOULD rules fail rather than warn
 * @param requestTimeout the longest one wire exchange may take
 * @param runTimeout     the longest the whole run may take; scenarios not graded by then are ERROR
 * @param parallelism    how many wire scenarios run at once
 * @param browserScope   which scenarios the browsers confirm
 * @param drivers        where each browser runs: locally, or on the remote endpoint the browser list named
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GradeRequest(String target, String label, PolicySource policy, List<BrowserEngine> browsers,
        Optional<String> rules, Optional<Set<String>> scenarios, boolean strict, Duration requestTimeout, Duration runTimeout, int parallelism,
        BrowserScope browserScope, BrowserDrivers drivers) {

    public GradeRequest {
        Objects.requireNonNull(target, "target must not be null");
        TargetUrl.parse(target);
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        browsers = List.copyOf(browsers);
        Objects.requireNonNull(rules, "rules must not be null");
        rules.ifPresent(RulePattern::parseList);
        scenarios = Objects.requireNonNull(scenarios, "scenarios must not be null").map(Set::copyOf);
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(runTimeout, "runTimeout");
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be 1 to 64, got " + parallelism);
        }
        Objects.requireNonNull(browserScope, "browserScope must not be null");
        Objects.requireNonNull(drivers, "drivers must not be null");
    }

    /** Start a request for {@code target} with every other setting at its default. */
    public static Builder builder(String target) {
        return new Builder(target);
    }

    /** The target's origin and base path. */
    public TargetUrl targetUrl() {
        return TargetUrl.parse(target);
    }

    /** Answer whether {@code ruleId} is selected. */
    public boolean selects(String ruleId) {
        return rules.map(r -> RulePattern.parseList(r).stream().anyMatch(p -> p.matches(ruleId))).orElse(true);
    }

    /** Answer whether the scenario with ID {@code scenarioId} is selected. */
    public boolean selectsScenario(String scenarioId) {
        return scenarios.map(ids -> ids.contains(scenarioId)).orElse(true);
    }

    private static void requirePositive(Duration d, String name) {
        if (Objects.requireNonNull(d, name + " must not be null").isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
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
            return new GradeRequest(target, label, policy, browsers, rules, scenarios, strict, requestTimeout,
                    runTimeout, parallelism, browserScope, drivers);
        }
    }
}
