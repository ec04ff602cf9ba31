package dev.corstck.tck.policy;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in a policy file's {@code endpoints}, at a 1-based line and column.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EndpointProblem(String source, int line, int column, EndpointReason reason, String message) {

    public EndpointProblem {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Format as {@code source:line:column: message}, like the reference implementation's file problems. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
