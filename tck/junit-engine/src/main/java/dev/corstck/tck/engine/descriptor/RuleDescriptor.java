package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.execution.RuleResult;
import java.net.URI;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.UriSource;

/**
 * A rule ({@code cors-check.acao-exact: title}), with a {@link UriSource} on its Fetch anchor. Registers one test per
 * scenario and engine it was graded on.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleDescriptor extends DynamicContainerDescriptor {

    private final RuleResult rule;
    private final String className;

    RuleDescriptor(UniqueId sectionId, RuleResult rule, Selection selection, String className) {
        super(sectionId.append(Segments.RULE, rule.ruleId()), rule.ruleId() + ": " + rule.title(),
                UriSource.from(URI.create(rule.specUrl())), selection);
        this.rule = rule;
        this.className = className;
    }

    @Override
    List<ScenarioDescriptor> children() {
        return rule.findings().stream().map(f -> new ScenarioDescriptor(getUniqueId(), f, className)).toList();
    }
}
