package dev.corstck.tck.engine;

import dev.corstck.tck.engine.execution.StartedClass;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What the nodes of a run share: the listener to publish report and file entries to and, below a class, the class
 * whose target is up.
 *
 * @param listener the run's listener
 * @param started  the class being graded, once its target is up
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CorsExecutionContext(EngineExecutionListener listener, Optional<StartedClass> started)
        implements EngineExecutionContext {

    public CorsExecutionContext {
        Objects.requireNonNull(listener, "listener must not be null");
        Objects.requireNonNull(started, "started must not be null");
    }

    /** The context of a whole run, before any class. */
    public static CorsExecutionContext of(EngineExecutionListener listener) {
        return new CorsExecutionContext(listener, Optional.empty());
    }

    /** Return a copy below {@code value}. */
    public CorsExecutionContext with(StartedClass value) {
        return new CorsExecutionContext(listener, Optional.of(value));
    }
}
