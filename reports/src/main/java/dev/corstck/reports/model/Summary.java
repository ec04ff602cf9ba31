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
        Counter counter = new Counter();
        findings.forEach(counter::add);
        return counter.summary();
    }

    /**
     * Count findings one at a time, as they arrive (a spooled report counts while it writes to disk); {@link
     * #summary()} gives what {@link #of} of the same findings would.
     */
    public static final class Counter {
        private final int[][] byLevel = new int[Level.values().length][Verdict.values().length];
        private final int[][] byEngine = new int[Engine.values().length][Verdict.values().length];
        private final boolean[] engines = new boolean[Engine.values().length];
        private int total;

        /** Count one finding. */
        public void add(Finding finding) {
            total++;
            byLevel[finding.level().ordinal()][finding.verdict().ordinal()]++;
            byEngine[finding.engine().ordinal()][finding.verdict().ordinal()]++;
            engines[finding.engine().ordinal()] = true;
        }

        /** The counts so far. */
        public Summary summary() {
            Map<Verdict, Integer> byVerdict = zeros();
            Map<Level, Map<Verdict, Integer>> levels = new LinkedHashMap<>();
            for (Level level : Level.values()) {
                Map<Verdict, Integer> counts = zeros();
                for (Verdict verdict : Verdict.values()) {
                    int n = byLevel[level.ordinal()][verdict.ordinal()];
                    counts.put(verdict, n);
                    byVerdict.merge(verdict, n, Integer::sum);
                }
                levels.put(level, counts);
            }
            Map<String, Map<Verdict, Integer>> engineCounts = new LinkedHashMap<>();
            for (Engine engine : Engine.values()) {
                if (engines[engine.ordinal()]) {
                    Map<Verdict, Integer> counts = zeros();
                    for (Verdict verdict : Verdict.values()) {
                        counts.put(verdict, byEngine[engine.ordinal()][verdict.ordinal()]);
                    }
                    engineCounts.put(engine.id(), counts);
                }
            }
            return new Summary(total, byVerdict, freeze(levels), freeze(engineCounts));
        }
    }

    /** Add up the counts of several summaries, as {@link #of} of all their findings would count them. */
    public static Summary combine(java.util.List<Summary> parts) {
        Map<Verdict, Integer> byVerdict = zeros();
        Map<Level, Map<Verdict, Integer>> byLevel = new LinkedHashMap<>();
        Arrays.stream(Level.values()).forEach(level -> byLevel.put(level, zeros()));
        Map<String, Map<Verdict, Integer>> byEngine = new LinkedHashMap<>();
        for (Engine engine : Engine.values()) { // the order of()'s would give
            if (parts.stream().anyMatch(p -> p.byEngine.containsKey(engine.id()))) {
                byEngine.put(engine.id(), zeros());
            }
        }
        int total = 0;
        for (Summary part : parts) {
            total += part.total;
            part.byVerdict.forEach((v, n) -> byVerdict.merge(v, n, Integer::sum));
            part.byLevel.forEach((level, counts) -> counts.forEach((v, n) -> byLevel.get(level).merge(v, n,
                    Integer::sum)));
            part.byEngine.forEach((engine, counts) -> counts.forEach((v, n) -> byEngine.get(engine).merge(v, n,
                    Integer::sum)));
        }
        return new Summary(total, byVerdict, freeze(byLevel), freeze(byEngine));
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
