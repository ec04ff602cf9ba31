package dev.corstck.reference.policy;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which request headers a preflight may ask for: the Express {@code allowedHeaders} option.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface AllowedHeaders {

    /** Option absent: allow the names the preflight asks for and reflect them (with {@code Vary}). */
    record Reflect() implements AllowedHeaders {
    }

    /** Only these names (compared case-insensitively); {@code *} covers every name but {@code Authorization}. */
    record Listed(List<String> names) implements AllowedHeaders {
        public Listed {
            names = List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        }
    }
}
