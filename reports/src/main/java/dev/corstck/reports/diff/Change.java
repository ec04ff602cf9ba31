package dev.corstck.reports.diff;

import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Record one finding whose verdict differs between two reports (or that exists in only one).
 *
 * @param kind       how it changed
 * @param target     the target's label in the new report (the old one's if the target is gone)
 * @param ruleId     the rule
 * @param ruleTitle  the rule's title
 * @param scenarioId the scenario
 * @param engine     the engine
 * @param before     the old verdict; empty when the finding is new
 * @param after      the new verdict; empty when the finding is gone
 * @param actual     what happened, from the newer report that has the finding
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Change(ChangeKind kind, String target, String ruleId, String ruleTitle, String scenarioId,
                     Engine engine, Optional<Verdict> before, Optional<Verdict> after, String actual) {

    public Change {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(ruleTitle, "ruleTitle must not be null");
        Objects.requireNonNull(scenarioId, "scenarioId must not be null");
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
    }

    /** Return the verdict change in words, e.g. {@code PASS → FAIL} or {@code (new) → FAIL}. */
    public String transition() {
        return before.map(Enum::name).orElse("(new)") + " \u2192 " + after.map(Enum::name).orElse("(gone)");
    }
}
