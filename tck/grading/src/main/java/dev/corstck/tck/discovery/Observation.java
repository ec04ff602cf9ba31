package dev.corstck.tck.discovery;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something discovery saw that a reviewer should know, tied to the catalog rules it bears on (discovery does not
 * grade: {@code cors-tck grade} does).
 *
 * @param rules rule IDs from {@code cors-tck rules}; may be empty
 * @param text  what was observed, with the evidence ({@code https://random-3f2a.example was allowed})
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Observation(List<String> rules, String text) {

    public Observation {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        Objects.requireNonNull(text, "text must not be null");
    }

    static Observation of(String text, String... rules) {
        return new Observation(List.of(rules), text);
    }
}
