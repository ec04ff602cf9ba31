package dev.corstck.harness.engine;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One isolated browsing context with one page. Caches and cookies live as long as the session and are never shared
 * with another session.
 */
public interface EngineSession extends AutoCloseable {

    /** Load {@code url} in the page and wait until it has loaded. */
    void navigate(URI url, Duration timeout) throws EngineException;

    /**
     * Evaluate a JavaScript expression in the page (top frame) whose value is a {@code Promise<string>}, await it and
     * return the string. The harness's glue always resolves to a JSON document, never rejects.
     */
    String evaluateAsync(String expression, Duration timeout) throws EngineException;

    /**
     * Return and forget the events seen since the last call: console/log messages and network events, in the order
     * the engine reported them. Engines that cannot see something (WebKit sees no console and no network) return
     * what they have and say so through {@link EngineId#capabilities()}.
     */
    List<EngineEvent> drainEvents();

    /** Close the context; never throws. */
    @Override
    void close();
}
