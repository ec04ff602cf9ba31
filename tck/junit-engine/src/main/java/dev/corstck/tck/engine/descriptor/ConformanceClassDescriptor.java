package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import dev.corstck.tck.engine.discovery.ClassSettings;
import dev.corstck.tck.engine.execution.BrowserRun;
import dev.corstck.tck.engine.execution.ClassGrading;
import dev.corstck.tck.engine.execution.ClassReporting;
import dev.corstck.tck.engine.execution.GradedClass;
import dev.corstck.tck.engine.execution.SectionResult;
import dev.corstck.tck.engine.execution.StartedClass;
import java.util.Objects;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A {@code @CorsConformance} class: starts its target ({@code before}), grades it once and registers the rule groups
 * that have findings, one {@code <browser> ran} test per configured browser, then the {@code baseline} test
 * ({@code execute}), and stops the target ({@code after}). Its
 * children are dynamic: which rules apply and on which scenarios is only known once the target has been graded.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ConformanceClassDescriptor extends AbstractTestDescriptor implements Node<CorsExecutionContext> {

    private final ClassSettings settings;
    private final Selection selection = new Selection();

    public ConformanceClassDescriptor(UniqueId uniqueId, ClassSettings settings) {
        super(uniqueId, settings.testClass().getSimpleName(), ClassSource.from(settings.testClass()));
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /** The segment value of a class: its fully qualified name. */
    public static UniqueId idOf(UniqueId engine, Class<?> testClass) {
        return engine.append(Segments.CLASS, testClass.getName());
    }

    public Selection selection() {
        return selection;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return true; // Surefire keeps only classes whose plan may contain tests
    }

    @Override
    public String getLegacyReportingName() {
        return settings.testClass().getName();
    }

    @Override
    public CorsExecutionContext before(CorsExecutionContext context) throws Exception {
        return context.with(StartedClass.start(settings));
    }

    @Override
    public CorsExecutionContext execute(CorsExecutionContext context, DynamicTestExecutor executor) throws Exception {
        StartedClass started = context.started().orElseThrow();
        GradedClass graded = ClassGrading.grade(settings, started.targetUrl(), selection.rules(),
                selection.scenarios());
        ClassReporting.publish(context.listener(), this, started.targetUrl(), graded);
        String className = settings.testClass().getName();
        for (SectionResult section : graded.sections()) {
            register(new SpecSectionDescriptor(getUniqueId(), section, selection, className), executor);
        }
        for (BrowserRun browser : graded.browsers()) {
            register(new BrowserRanDescriptor(getUniqueId(), browser, settings.browsersRequired(), className),
                    executor);
        }
        if (settings.baseline().isConfigured()) {
            register(new BaselineDescriptor(getUniqueId(), graded.fixed(), settings, className), executor);
        }
        return context;
    }

    private void register(AbstractTestDescriptor child, DynamicTestExecutor executor) {
        selection.register(this, child, executor);
    }

    @Override
    public void after(CorsExecutionContext context) throws Exception {
        if (context.started().isPresent()) {
            context.started().get().close();
        }
    }
}
