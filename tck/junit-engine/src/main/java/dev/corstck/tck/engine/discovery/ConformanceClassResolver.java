package dev.corstck.tck.engine.discovery;

import dev.corstck.tck.engine.descriptor.ConformanceClassDescriptor;
import dev.corstck.tck.engine.descriptor.Segments;
import dev.corstck.tck.junit.CorsConformance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolve {@code @CorsConformance} classes: from class selectors (Surefire, Gradle, and the class-path and package
 * scans the engine's resolver turns into class selectors), and from unique IDs, which select a class or, below it,
 * one rule group, rule or scenario to rerun. Settings are read once per class, so each problem is reported once.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ConformanceClassResolver implements SelectorResolver {

    private final TestDescriptor engine;
    private final SettingsReader reader;
    private final Map<Class<?>, Optional<ClassSettings>> settings = new HashMap<>();

    public ConformanceClassResolver(TestDescriptor engine, ConfigurationParameters config,
            DiscoveryIssueReporter reporter) {
        this.engine = engine;
        this.reader = new SettingsReader(config, DiscoveryIssueReporter.deduplicating(reporter));
    }

    /** Answer whether a class is ours: annotated (or inheriting the annotation), concrete, not an inner class. */
    public static boolean isCandidate(Class<?> c) {
        return AnnotationSupport.isAnnotated(c, CorsConformance.class) && !ModifierSupport.isAbstract(c)
                && !c.isInterface() && !c.isAnnotation() && (c.getEnclosingClass() == null
                        || ModifierSupport.isStatic(c));
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> c = selector.getJavaClass();
        return descriptor(c, context).map(d -> {
            d.selection().selectAll();
            return Resolution.match(Match.exact(d));
        }).orElse(Resolution.unresolved());
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engine.getUniqueId()) || segments.size() < 2
                || !segments.get(1).getType().equals(Segments.CLASS)) {
            return Resolution.unresolved();
        }
        Optional<Class<?>> c = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
        Optional<ConformanceClassDescriptor> d = c.filter(ConformanceClassResolver::isCandidate)
                .flatMap(k -> descriptor(k, context));
        if (d.isEmpty()) {
            return Resolution.unresolved();
        }
        if (segments.size() == 2) {
            d.get().selection().selectAll();
        } else {
            d.get().selection().select(id); // a dynamic descendant: only its path runs
        }
        return Resolution.match(Match.exact(d.get()));
    }

    private Optional<ConformanceClassDescriptor> descriptor(Class<?> c, Context context) {
        if (!isCandidate(c)) {
            return Optional.empty();
        }
        Optional<ClassSettings> s = settings.computeIfAbsent(c, reader::read);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return context.addToParent(parent -> Optional.of(new ConformanceClassDescriptor(
                ConformanceClassDescriptor.idOf(parent.getUniqueId(), c), s.get())));
    }
}
