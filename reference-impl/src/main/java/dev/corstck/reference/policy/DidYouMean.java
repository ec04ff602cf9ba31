package dev.corstck.reference.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Suggests the known option a misspelt or foreign option name most likely meant. */
final class DidYouMean {

    /** Names other CORS libraries use for our options. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("origins", "origin"), Map.entry("allowedorigins", "origin"),
            Map.entry("alloworigin", "origin"), Map.entry("alloworigins", "origin"),
            Map.entry("allowcredentials", "credentials"), Map.entry("withcredentials", "credentials"),
            Map.entry("allowedmethods", "methods"), Map.entry("allowmethods", "methods"),
            Map.entry("allowheaders", "allowedHeaders"), Map.entry("headers", "allowedHeaders"),
            Map.entry("exposeheaders", "exposedHeaders"), Map.entry("exposedheader", "exposedHeaders"));

    private DidYouMean() {
    }

    static Optional<String> suggest(String unknown, List<String> known) {
        String key = unknown.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (ALIASES.containsKey(key)) {
            return Optional.of(ALIASES.get(key));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(key, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, bounded to short option names. */
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
