package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Assemble a {@link Finding} step by step; the record's constructor checks the result.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FindingBuilder {

    private @Nullable String ruleId;
    private String ruleTitle = "";
    private @Nullable Level level;
    private String specUrl = "";
    private @Nullable Verdict verdict;
    private String reason = "";
    private @Nullable String scenarioId;
    private String scenarioTitle = "";
    private @Nullable Engine engine;
    private String expected = "";
    private String actual = "";
    private String remedy = "";
    private Evidence evidence = Evidence.NONE;

    FindingBuilder() {
    }

    /** Name the rule: stable ID, title, level and the Fetch anchor URL it rests on. */
    public FindingBuilder rule(String id, String title, Level ruleLevel, String url) {
        this.ruleId = id;
        this.ruleTitle = title;
        this.level = ruleLevel;
        this.specUrl = url;
        return this;
    }

    /** Name the scenario: stable ID and a description. */
    public FindingBuilder scenario(String id, String title) {
        this.scenarioId = id;
        this.scenarioTitle = title;
        return this;
    }

    /** Name who judged. */
    public FindingBuilder engine(Engine value) {
        this.engine = value;
        return this;
    }

    /** Set a verdict that needs no reason (PASS, FAIL, WARN, INFO); a reason may still be given with {@link #reason}. */
    public FindingBuilder verdict(Verdict value) {
        this.verdict = value;
        return this;
    }

    /** Say why (required for SKIPPED and ERROR). */
    public FindingBuilder reason(String value) {
        this.reason = value;
        return this;
    }

    /** Mark the finding SKIPPED, with the reason (e.g. "webkit cannot map myapp.com to loopback"). */
    public FindingBuilder skipped(String why) {
        return verdict(Verdict.SKIPPED).reason(why);
    }

    /** Mark the finding ERROR, with the reason (e.g. "target unreachable: connection refused"). */
    public FindingBuilder error(String why) {
        return verdict(Verdict.ERROR).reason(why);
    }

    /** Say what the rule requires and what happened. */
    public FindingBuilder expectedActual(String expectedText, String actualText) {
        this.expected = expectedText;
        this.actual = actualText;
        return this;
    }

    /** Attach how to fix it (empty for none). */
    public FindingBuilder remedy(String value) {
        this.remedy = Objects.requireNonNull(value, "remedy must not be null");
        return this;
    }

    /** Attach the evidence. */
    public FindingBuilder evidence(Evidence value) {
        this.evidence = value;
        return this;
    }

    /** Build the finding; fails with a message naming the missing part. */
    public Finding build() {
        return new Finding(Objects.requireNonNull(ruleId, "rule(...) must be set"), ruleTitle,
                Objects.requireNonNull(level, "rule(...) must be set"), specUrl,
                Objects.requireNonNull(verdict, "verdict(...) must be set"), reason,
                Objects.requireNonNull(scenarioId, "scenario(...) must be set"), scenarioTitle,
                Objects.requireNonNull(engine, "engine(...) must be set"), expected, actual, evidence, remedy);
    }
}
