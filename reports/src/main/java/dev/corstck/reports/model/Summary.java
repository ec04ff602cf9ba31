package dev.corstck.reports.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Count findings per verdict, per level and per engine. Derived from findings, never stored apart from them.
 *
 * @param total     the number of findings
 * @param byVerdict count per verdict, every verdict listed (zeros included), in severity order
 * @param byLevel   count per verdict within each level, every level listed
 * @param byEngine  count per verdict within each engine that has findings, keyed by engine id
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Summary(int total, Map<Verdict, Integer> byVerdict, Map<Level, Map<Verdict, Integer>> byLevel,
                      Map<String, Map<Verdict, Integer>> byEngine) {

    public Summary {
        byVerdict = Collections.unmodifiableMap(new LinkedHashMap<>(byVerdict));
        byLevel = Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
        byEngine = Collections.unmodifiableMap(new LinkedHashMap<>(byEngine));
    }

    /** Count the given findings. */
    public static Summary of(Collection<Finding> findings) {
        Map<Verdict, Integer> byVerdict = zeros();
        Map<Level, Map<Verdict, Integer>> byLevel = new LinkedHashMap<>();
        Arrays.stream(Level.values()).forEach(level -> byLevel.put(level, zeros()));
        Map<String, Map<Verdict, Integer>> byEngine = new LinkedHashMap<>();
        for (Engine engine : Engine.values()) {
            if (findings.stream().anyMatch(f -> f.engine() == engine)) {
                byEngine.put(engine.id(), zeros());
            }
        }
        for (Finding finding : findings) {
            byVerdict.merge(finding.verdict(), 1, Integer::sum);
            byLevel.get(finding.level()).merge(finding.verdict(), 1, Integer::sum);
            byEngine.get(finding.engine().id()).merge(finding.verdict(), 1, Integer::sum);
        }
        return new Summary(findings.size(), byVerdict, freeze(byLevel), freeze(byEngine));
    }

    /** Return the number of findings with the given verdict. */
    public int count(Verdict verdict) {
        return byVerdict.getOrDefault(verdict, 0);
    }

    /** Return the number of findings with the given level and verdict. */
    public int count(Level level, Verdict verdict) {
        return byLevel.getOrDefault(level, Map.of()).getOrDefault(verdict, 0);
    }

    private static Map<Verdict, Integer> zeros() {
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(Verdict.values()).forEach(v -> counts.put(v, 0));
        return counts;
    }

    private static <K> Map<K, Map<Verdict, Integer>> freeze(Map<K, Map<Verdict, Integer>> nested) {
        Map<K, Map<Verdict, Integer>> frozen = new LinkedHashMap<>();
        nested.forEach((key, counts) -> frozen.put(key, Collections.unmodifiableMap(counts)));
        return frozen;
    }
}
