package dev.corstck.tck.engine.execution;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The findings of one rule, in the order the grader decided them.
 *
 * @param ruleId  the rule's stable ID
 * @param title   the rule's one-line title
 * @param specUrl the Fetch anchor the rule rests on
 * @param findings its findings
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RuleResult(String ruleId, String title, String specUrl, List<GradedFinding> findings) {

    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(specUrl, "specUrl must not be null");
        findings = List.copyOf(findings);
    }
}
