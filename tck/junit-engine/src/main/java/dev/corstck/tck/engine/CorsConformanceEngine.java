package dev.corstck.tck.engine;

import dev.corstck.tck.engine.descriptor.ConformanceEngineDescriptor;
import dev.corstck.tck.engine.discovery.ConformanceClassResolver;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code cors-tck} test engine: finds classes annotated with {@link dev.corstck.tck.junit.CorsConformance} and
 * grades each class's target once, reporting every finding as a test under its rule and rule group (the Fetch
 * section). Registered through {@code META-INF/services}, so Maven Surefire, Gradle and IDEs run it next to Jupiter.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsConformanceEngine extends HierarchicalTestEngine<CorsExecutionContext> {

    /** The engine ID, the first segment of every unique ID it creates. */
    public static final String ID = "cors-tck";

    private static final EngineDiscoveryRequestResolver<ConformanceEngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<ConformanceEngineDescriptor>builder()
                    .addClassContainerSelectorResolver(ConformanceClassResolver::isCandidate)
                    .addSelectorResolver(ctx -> new ConformanceClassResolver(ctx.getEngineDescriptor(),
                            ctx.getDiscoveryRequest().getConfigurationParameters(), ctx.getIssueReporter()))
                    .build();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.corstck");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("tck");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        ConformanceEngineDescriptor engine = new ConformanceEngineDescriptor(uniqueId);
        RESOLVER.resolve(request, engine);
        return engine;
    }

    @Override
    protected CorsExecutionContext createExecutionContext(ExecutionRequest request) {
        return CorsExecutionContext.of(request.getEngineExecutionListener());
    }
}
