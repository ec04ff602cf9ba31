package dev.corstck.tck.engine.discovery;

import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.grading.KitRules;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Know every rule ID a finding can carry (the catalog's and the kit's own), and suggest the one a misspelt ID meant.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleIds {

    private static final List<String> ALL = Stream.concat(RuleCatalog.all().stream(), KitRules.ALL.stream())
            .map(Rule::id).toList();

    private RuleIds() {
    }

    /** Every known rule ID, catalog order first, then the kit's. */
    public static List<String> all() {
        return ALL;
    }

    /** Return a message when {@code id} names no rule ("unknown rule ID ..., did you mean ...?"), empty otherwise. */
    public static Optional<String> unknown(String id) {
        if (ALL.contains(id)) {
            return Optional.empty();
        }
        return Optional.of("unknown rule ID '" + id + "'" + suggestion(id).map(s -> ": did you mean '" + s + "'?")
                .orElse(": run './cors-tck rules' for the list"));
    }

    /** Return a message when the glob {@code pattern} matches no rule, empty otherwise. */
    public static Optional<String> matchesNone(RulePattern pattern) {
        if (ALL.stream().anyMatch(pattern::matches)) {
            return Optional.empty();
        }
        return pattern.glob().contains("*") || pattern.glob().contains("?")
                ? Optional.of("rule pattern '" + pattern.glob() + "' matches no rule ID")
                : unknown(pattern.glob());
    }

    /** The known ID nearest to {@code id}, when it is near enough to be a typo. */
    static Optional<String> suggestion(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : ALL) {
            int d = distance(id, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 5) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance; rule IDs are short, so the quadratic table is cheap. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
