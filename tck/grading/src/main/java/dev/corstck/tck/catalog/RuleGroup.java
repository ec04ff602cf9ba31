package dev.corstck.tck.catalog;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Hold the rules of one Fetch section, so the catalog reads like the standard's table of contents.
 *
 * @param prefix the ID prefix every rule of the group shares ({@code cors-check})
 * @param title  a human title ({@code CORS check})
 * @param spec   the section the group follows
 * @param rules  the rules, in reading order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleGroup(String prefix, String title, SpecRef spec, List<Rule> rules) {

    public RuleGroup {
        Objects.requireNonNull(prefix, "prefix must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        rules.stream().filter(r -> !r.prefix().equals(prefix)).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("rule " + r.id() + " does not belong to group '" + prefix + "'");
        });
    }
}
