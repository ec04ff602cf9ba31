package dev.corstck.reference.header;

import dev.corstck.fetch.http.HeaderList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Adds names to a response's {@code Vary} without dropping the application's own: every {@code Vary} line is kept
 * in one merged line, names already present (any case) are not repeated, and {@code Vary: *} stays {@code *}
 * because it already covers every name (see fetch#cors-protocol-and-http-caches).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VaryMerge {

    private VaryMerge() {
    }

    /** Return {@code headers} with {@code names} merged into its {@code Vary} field. */
    public static HeaderList merge(HeaderList headers, List<String> names) {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(names, "names must not be null");
        if (names.isEmpty()) {
            return headers;
        }
        List<String> existing = headers.all(CorsHeaders.VARY);
        String merged = mergedValue(existing, names);
        if (existing.size() == 1 && existing.get(0).equals(merged)) {
            return headers;
        }
        return headers.replacing(CorsHeaders.VARY, merged);
    }

    /** Merge {@code names} into the {@code Vary} values {@code existing} (one per field line) and join them. */
    public static String mergedValue(List<String> existing, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String line : existing) {
            for (String element : line.split(",", -1)) {
                addName(out, RequestHeaderNames.trimOws(element));
            }
        }
        if (out.contains("*")) {
            return "*";
        }
        for (String name : names) {
            addName(out, name);
        }
        return String.join(", ", out);
    }

    private static void addName(List<String> out, String name) {
        if (name.isEmpty()) {
            return;
        }
        for (String present : out) {
            if (present.equalsIgnoreCase(name)) {
                return;
            }
        }
        out.add(name);
    }
}
