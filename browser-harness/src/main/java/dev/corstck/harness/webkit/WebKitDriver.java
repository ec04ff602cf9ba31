package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import java.util.Set;
import org.apiguardian.api.API;

/** Drive webkit (work in progress: not ready yet). */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WebKitDriver implements EngineDriver {

    private WebKitDriver() {}

    /** Launch the browser described by {@code spec}. */
    public static WebKitDriver launch(LaunchSpec spec) throws EngineException {
        throw new EngineException("not ready");
    }

    @Override
    public EngineId id() {
        return new EngineId("webkit", "tbd", Set.of());
    }

    @Override
    public String browserVersion() {
        return "";
    }

    @Override
    public EngineSession openSession() throws EngineException {
        throw new EngineException("not ready");
    }

    @Override
    public boolean isAlive() {
        return false;
    }

    @Override
    public void close() {}
}
