package dev.corstck.tck.simulator.replay;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Answer requests whose method and path match with {@code response}; method {@code *} matches any method.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScriptRule(String method, String path, ScriptedResponse response) {

    public ScriptRule {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(response, "response must not be null");
    }

    /** Answer whether this rule answers {@code requestMethod} on {@code requestPath} (query ignored). */
    public boolean matches(String requestMethod, String requestPath) {
        return (method.equals("*") || method.equals(requestMethod)) && path.equals(requestPath);
    }
}
