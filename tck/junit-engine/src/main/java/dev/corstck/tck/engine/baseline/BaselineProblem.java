package dev.corstck.tck.engine.baseline;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in a baseline file, at a 1-based line and column ({@code 0} when it concerns the whole file).
 *
 * @param error   true when the file cannot be used as written; false for a warning (an entry that can never match)
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record BaselineProblem(String source, int line, int column, boolean error, String message) {

    public BaselineProblem {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
