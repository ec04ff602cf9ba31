package dev.corstck.reference.policy;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in a policy file, at a 1-based line and column ({@code 0:0} when it concerns the whole file).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FileProblem(String source, int line, int column, Reason reason, String message) {

    public FileProblem {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Format as {@code source:line:column: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
