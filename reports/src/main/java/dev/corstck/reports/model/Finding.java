package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Record one graded check: a rule, on one scenario, in one engine, with expected vs actual and the evidence.
 *
 * @param ruleId        the rule's stable ID, e.g. {@code preflight.acam.method-listed}
 * @param ruleTitle     the rule's one-line title
 * @param level         the requirement level the rule is graded at
 * @param specUrl       the Fetch anchor the rule rests on, as a URL
 * @param verdict       the result
 * @param reason        why the verdict is SKIPPED or ERROR (required for those, may be empty otherwise)
 * @param scenarioId    the scenario's stable ID
 * @param scenarioTitle the scenario in words, e.g. "PUT with Authorization from https://app.example"
 * @param engine        who judged
 * @param expected      what the rule requires, in words
 * @param actual        what happened, in words
 * @param evidence      the exchanges, observation and explanation behind the verdict
 * @param remedy        how to fix a FAIL or WARN, in the terms of the implementation the policy names (express
 *                      {@code cors} options by default); empty when the kit has none (absent in older reports)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(String ruleId, String ruleTitle, Level level, String specUrl, Verdict verdict, String reason,
                      String scenarioId, String scenarioTitle, Engine engine, String expected, String actual,
                      Evidence evidence, String remedy) {

    public Finding {
        requireText(ruleId, "ruleId");
        Objects.requireNonNull(ruleTitle, "ruleTitle must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(specUrl, "specUrl must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (verdict.requiresReason() && reason.isBlank()) {
            throw new IllegalArgumentException("a " + verdict + " finding needs a reason (rule " + ruleId + ")");
        }
        requireText(scenarioId, "scenarioId");
        Objects.requireNonNull(scenarioTitle, "scenarioTitle must not be null");
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        remedy = remedy == null ? "" : remedy;
    }

    /** A finding without a remedy. */
    public Finding(String ruleId, String ruleTitle, Level level, String specUrl, Verdict verdict, String reason,
            String scenarioId, String scenarioTitle, Engine engine, String expected, String actual,
            Evidence evidence) {
        this(ruleId, ruleTitle, level, specUrl, verdict, reason, scenarioId, scenarioTitle, engine, expected, actual,
                evidence, "");
    }

    /** Start a finding; {@link FindingBuilder#build()} checks that the required parts are there. */
    public static FindingBuilder builder() {
        return new FindingBuilder();
    }

    /** Return the rule group: the rule ID without its last segment ({@code preflight.acam} for
     * {@code preflight.acam.method-listed}), or the whole ID when it has one segment. */
    public String ruleGroup() {
        int dot = ruleId.lastIndexOf('.');
        return dot > 0 ? ruleId.substring(0, dot) : ruleId;
    }

    /** Return the key a finding keeps across runs: rule, scenario and engine (see {@code ReportDiff}). */
    public String key() {
        return ruleId + "|" + scenarioId + "|" + engine.id();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
