package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.execution.GradedFinding;
import dev.corstck.tck.engine.execution.RuleResult;
import java.net.URI;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A rule ({@code cors-check.acao-exact: title}), with a {@link UriSource} on its Fetch anchor. Registers one test per
 * scenario and engine it was graded on.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final RuleResult rule;
    private final Selection selection;
    private final String className;

    RuleDescriptor(UniqueId sectionId, RuleResult rule, Selection selection, String className) {
        super(sectionId.append(Segments.RULE, rule.ruleId()), rule.ruleId() + ": " + rule.title(),
                UriSource.from(URI.create(rule.specUrl())));
        this.rule = rule;
        this.selection = selection;
        this.className = className;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return true;
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) {
        for (GradedFinding finding : rule.findings()) {
            ScenarioDescriptor child = new ScenarioDescriptor(getUniqueId(), finding, className);
            if (selection.admits(child.getUniqueId())) {
                addChild(child);
                executor.execute(child);
            }
        }
        return context;
    }
}
