package dev.corstck.tck.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * List every rule the kit knows, grouped and ordered like the Fetch standard, and find rules by ID, glob or level.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleCatalog {

    private static final List<RuleGroup> GROUPS = List.of(
            RequestHeaderRules.group(),     // 2.2.2
            OriginRules.group(),            // 3.2
            ExposeRules.group(),            // 3.3.3
            CredentialsRules.group(),       // 3.1, 3.3.5
            CorpRules.group(),              // 3.6, 3.7
            RedirectRules.group(),          // 4.4, 4.5
            PreflightRules.group(),         // 3.3.2, 4.8
            PreflightCacheRules.group(),    // 4.9
            CorsCheckRules.group(),         // 4.10
            TaoRules.group(),               // 4.11
            HttpCacheRules.group(),         // background reading
            SecurityRules.group(),          // background reading and scanners
            SeedRules.group(),              // the seed guide
            PolicyRules.group());           // the owner's declared policy

    private static final Map<String, Rule> BY_ID = index(GROUPS);

    private RuleCatalog() {
    }

    /** Return the rule groups in Fetch order. */
    public static List<RuleGroup> groups() {
        return GROUPS;
    }

    /** Return every rule, in Fetch order. */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    /** Find the rule with exactly this ID. */
    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * Return the rule with this ID; for code that names rules it grades.
     *
     * @throws IllegalArgumentException when no rule has that ID
     */
    public static Rule get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule with id '" + id + "'"));
    }

    /** Return the rules whose ID matches {@code selection} (comma-separated globs, see {@link RulePattern}). */
    public static List<Rule> select(String selection) {
        List<RulePattern> patterns = RulePattern.parseList(selection);
        return BY_ID.values().stream().filter(r -> patterns.stream().anyMatch(p -> p.matches(r.id()))).toList();
    }

    /** Return the rules at {@code level}. */
    public static List<Rule> atLevel(Level level) {
        return BY_ID.values().stream().filter(r -> r.level() == level).toList();
    }

    /**
     * Return the labels of {@code tck/SPEC-NOTES.md} deliberately implemented by no rule, each with its reason, sorted
     * by label.
     */
    public static Map<String, String> unmappedLabels() {
        return Collections.unmodifiableMap(new TreeMap<>(UnmappedLabels.REASONS));
    }

    private static Map<String, Rule> index(List<RuleGroup> groups) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (RuleGroup group : groups) {
            for (Rule rule : group.rules()) {
                if (byId.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalStateException("duplicate rule id " + rule.id());
                }
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
