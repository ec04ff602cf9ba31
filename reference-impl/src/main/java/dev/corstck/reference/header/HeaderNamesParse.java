package dev.corstck.reference.header;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of parsing a list of header names ({@code Access-Control-Request-Headers}): the names, or why the
 * value is malformed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface HeaderNamesParse {

    /** The names, lowercased, without duplicates, in the order they first appeared. */
    record Names(List<String> names) implements HeaderNamesParse {
        public Names {
            names = List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        }
    }

    /** The value is not a list of header names; {@code problem} says why. */
    record Malformed(String problem) implements HeaderNamesParse {
        public Malformed {
            Objects.requireNonNull(problem, "problem must not be null");
        }
    }
}
