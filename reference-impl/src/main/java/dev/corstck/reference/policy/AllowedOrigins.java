package dev.corstck.reference.policy;

import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Which request origins a policy allows: the Express {@code origin} option. The opaque {@code null} origin is never
 * covered here; see {@link CorsPolicy#dangerouslyAllowNullOrigin()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface AllowedOrigins {

    /** Answer whether {@code origin} is allowed. */
    boolean allows(TupleOrigin origin);

    /** Describe this setting as a policy file would write it. */
    String describe();

    /** {@code origin: "*"}: every origin, answered with {@code Access-Control-Allow-Origin: *}. */
    record Any() implements AllowedOrigins {
        @Override
        public boolean allows(TupleOrigin origin) {
            return true;
        }

        @Override
        public String describe() {
            return "\"*\"";
        }
    }

    /** {@code origin: true}: every origin, each reflected back. */
    record ReflectAny() implements AllowedOrigins {
        @Override
        public boolean allows(TupleOrigin origin) {
            return true;
        }

        @Override
        public String describe() {
            return "true";
        }
    }

    /** {@code origin: false}: no origin; CORS requests get no CORS headers. */
    record None() implements AllowedOrigins {
        @Override
        public boolean allows(TupleOrigin origin) {
            return false;
        }

        @Override
        public String describe() {
            return "false";
        }
    }

    /** One origin, a list, patterns and wildcards: allowed when any entry matches. */
    record Listed(List<OriginMatcher> entries) implements AllowedOrigins {
        public Listed {
            entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
        }

        @Override
        public boolean allows(TupleOrigin origin) {
            for (OriginMatcher entry : entries) {
                if (entry.matches(origin)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return entries.stream().map(OriginMatcher::describe).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** Allowed when {@code test} says so (Java API only; Express's origin callback). */
    record Matching(Predicate<TupleOrigin> test, String description) implements AllowedOrigins {
        public Matching {
            Objects.requireNonNull(test, "test must not be null");
            Objects.requireNonNull(description, "description must not be null");
        }

        @Override
        public boolean allows(TupleOrigin origin) {
            return test.test(origin);
        }

        @Override
        public String describe() {
            return "(predicate: " + description + ")";
        }
    }
}
