package dev.corstck.tck.certification;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in an {@code implementation.yaml}, at a 1-based line and column (0 when the whole file is meant).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ManifestProblem(String source, int line, int column, ManifestReason reason, String message) {

    public ManifestProblem {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Format as {@code source:line:column: message}, like the policy file's problems. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
