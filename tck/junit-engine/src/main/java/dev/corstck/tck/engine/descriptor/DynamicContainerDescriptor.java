package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A container whose children are known only once the class has been graded: it says so with
 * {@code mayRegisterTests()} (Surefire's pre-scan drops containers that do not) and registers, when it runs,
 * the children the run's {@link Selection} admits.
 */
abstract class DynamicContainerDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final Selection selection;

    DynamicContainerDescriptor(UniqueId id, String displayName, TestSource source, Selection selection) {
        super(id, displayName, source);
        this.selection = selection;
    }

    /** The children to register, from the grading's results. */
    abstract List<? extends TestDescriptor> children();

    final Selection selection() {
        return selection;
    }

    @Override
    public final Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public final boolean mayRegisterTests() {
        return true;
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) throws Exception {
        for (TestDescriptor child : children()) {
            selection.register(this, child, executor);
        }
        return context;
    }
}
