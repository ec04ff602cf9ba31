package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import dev.corstck.tck.engine.discovery.ClassSettings;
import dev.corstck.tck.junit.CorsTckParameters;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The test that reports baseline entries which no longer fail. With none it passes. With some it is aborted with
 * the list (the build stays green and CI shows it), or fails with {@code cors.tck.baseline.strict=true}; in update
 * mode the entries were just removed from the file, and it passes with a report entry saying so.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BaselineDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    /** The test's display name, and its name in Surefire's reports. */
    public static final String NAME = "baseline";

    private final List<BaselineEntry> fixed;
    private final ClassSettings settings;

    BaselineDescriptor(UniqueId classId, List<BaselineEntry> fixed, ClassSettings settings, String className) {
        super(classId.append(Segments.BASELINE, NAME), NAME, MethodSource.from(className, NAME));
        this.fixed = List.copyOf(fixed);
        this.settings = settings;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) {
        if (fixed.isEmpty()) {
            return context;
        }
        String file = settings.baseline().file().map(Object::toString).orElse("baseline");
        String list = fixed.stream().map(e -> "  " + file + ":" + e.line() + ": " + e.toLine())
                .collect(Collectors.joining("\n"));
        if (settings.baselineUpdate()) {
            context.listener().reportingEntryPublished(this, ReportEntry.from("removed", fixed.size()
                    + " fixed baseline entries from " + file + ":\n" + list));
            return context;
        }
        String message = fixed.size() + " baseline entr" + (fixed.size() == 1 ? "y no longer fails" : "ies no longer "
                + "fail") + " (fixed): remove " + (fixed.size() == 1 ? "it" : "them") + ", or rewrite the file with -D"
                + CorsTckParameters.BASELINE_UPDATE + "=true\n" + list;
        context.listener().reportingEntryPublished(this, ReportEntry.from("fixed", message));
        if (settings.baselineStrict()) {
            throw new AssertionFailedError(message);
        }
        throw new TestAbortedException(message);
    }
}
