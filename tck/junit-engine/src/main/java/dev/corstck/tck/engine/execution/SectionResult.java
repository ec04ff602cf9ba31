package dev.corstck.tck.engine.execution;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The graded rules of one rule group, a Fetch section.
 *
 * @param prefix  the group's ID prefix ({@code cors-check}), its stable name
 * @param title   the section as a heading ({@code 4.10 CORS check})
 * @param specUrl the section's Fetch anchor
 * @param rules   the rules with findings, in catalog order
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record SectionResult(String prefix, String title, String specUrl, List<RuleResult> rules) {

    public SectionResult {
        Objects.requireNonNull(prefix, "prefix must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(specUrl, "specUrl must not be null");
        rules = List.copyOf(rules);
    }
}
