package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.execution.BrowserRun;
import dev.corstck.tck.junit.CorsTckParameters;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The test {@code <browser> ran}: passes when the browser compared at least one scenario; otherwise aborted with the
 * reason (a missing browser is never non-conformance), or failed when {@code cors.tck.browsers.required=true}, so a
 * CI that must confirm verdicts in a real browser cannot go green without one.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BrowserRanDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final BrowserRun run;
    private final boolean required;

    BrowserRanDescriptor(UniqueId classId, BrowserRun run, boolean required, String className) {
        super(classId.append(Segments.BROWSER, run.engine().id()), run.engine().id() + " ran",
                MethodSource.from(className, run.engine().id() + " ran"));
        this.run = run;
        this.required = required;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) {
        if (run.ran()) {
            return context;
        }
        if (required) {
            throw new AssertionFailedError(run.reason() + " (" + CorsTckParameters.BROWSERS_REQUIRED + "=true)");
        }
        throw new TestAbortedException(run.reason());
    }
}
