package dev.corstck.tck.simulator.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement per engine, as quotable numbers: {@code target/differential-agreement.txt} (scenarios, agreed, each
 * disagreement with the server's evidence) and {@code target/differential-journal-<engine>.txt} (what the servers
 * received for every scenario).
 */
final class AgreementReport {

    /** One engine's run. */
    record EngineResult(String engine, List<Verdict> verdicts, int stride, double seconds) {

        long agreed() {
            return verdicts.stream().filter(Verdict::agreed).count();
        }

        long byProfile() {
            return verdicts.stream().filter(v -> v.agreed() && !v.departure().isEmpty()).count();
        }

        String summary() {
            return String.format(java.util.Locale.ROOT, "differential %s: %d scenarios, %d agreed, %d disagreed"
                    + " (%d agree only through a named profile difference from the spec), stride %d, %.1f s", engine,
                    verdicts.size(), agreed(), verdicts.size() - agreed(), byProfile(), stride, seconds);
        }
    }

    private final Map<String, EngineResult> results = new LinkedHashMap<>();
    private final Path dir;

    AgreementReport(Path dir) {
        this.dir = dir;
    }

    /** Record an engine's run and rewrite the files (a later crash keeps what finished). */
    synchronized void add(EngineResult r) {
        results.put(r.engine(), r);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("differential-agreement.txt"), agreement());
            Files.write(dir.resolve("differential-journal-" + r.engine() + ".txt"), journal(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> agreement() {
        List<String> out = new ArrayList<>();
        out.add("# Browser differential: real engine vs simulator under that engine's profile");
        results.values().forEach(r -> out.add(r.summary()));
        for (EngineResult r : results.values()) {
            out.add("");
            out.add("## " + r.engine());
            for (Verdict v : r.verdicts()) {
                if (!v.agreed()) {
                    out.add("DISAGREE " + v.id() + ": " + String.join("; ", v.disagreements()));
                    v.evidence().forEach(e -> out.add("    server saw: " + e));
                }
            }
            for (Verdict v : r.verdicts()) {
                if (v.agreed() && !v.departure().isEmpty()) {
                    out.add("agreed by profile " + v.id() + ": " + v.departure());
                }
            }
        }
        return out;
    }

    private static List<String> journal(EngineResult r) {
        List<String> out = new ArrayList<>();
        for (Verdict v : r.verdicts()) {
            out.add(v.id() + (v.agreed() ? "" : "  DISAGREE"));
            v.evidence().forEach(e -> out.add("    " + e));
        }
        return out;
    }
}
