package dev.corstck.fetch.origin;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link Origin#parse(String)}: the origin, or why the text is not one and what to write instead.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface OriginParse {

    /** The text is an origin. */
    record Parsed(TupleOrigin origin) implements OriginParse {
        public Parsed {
            Objects.requireNonNull(origin, "origin must not be null");
        }
    }

    /** The text is not an origin; {@code problem} completes the sentence "The origin ..." and says what to do. */
    record Invalid(String problem) implements OriginParse {
        public Invalid {
            Objects.requireNonNull(problem, "problem must not be null");
        }
    }
}
