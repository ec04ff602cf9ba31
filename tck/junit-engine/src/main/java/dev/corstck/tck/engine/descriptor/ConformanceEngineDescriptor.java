package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.CorsExecutionContext;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the engine's tree; its children are the {@code @CorsConformance} classes.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ConformanceEngineDescriptor extends EngineDescriptor implements Node<CorsExecutionContext> {

    public ConformanceEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "CORS conformance (cors-tck)");
    }
}
