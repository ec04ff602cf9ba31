package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.execution.RuleResult;
import dev.corstck.tck.engine.execution.SectionResult;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A rule group, named after its Fetch section ({@code 4.10 CORS check}), with a {@link UriSource} on the section's
 * anchor so an IDE links straight to the spec. Registers its rules when it runs.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SpecSectionDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final SectionResult section;
    private final Selection selection;
    private final String className;

    SpecSectionDescriptor(UniqueId classId, SectionResult section, Selection selection, String className) {
        super(classId.append(Segments.SECTION, section.prefix()), section.title(),
                UriSource.from(java.net.URI.create(section.specUrl())));
        this.section = section;
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
        for (RuleResult rule : section.rules()) {
            RuleDescriptor child = new RuleDescriptor(getUniqueId(), rule, selection, className);
            if (selection.admits(child.getUniqueId())) {
                addChild(child);
                executor.execute(child);
            }
        }
        return context;
    }
}
