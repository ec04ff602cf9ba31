package dev.corstck.reports.spool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.CitedFindings.RuleText;
import dev.corstck.reports.model.EvidenceCitation;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * One target's findings, written to disk as they arrive: each distinct exchange, explanation step and evidence once,
 * each finding as a short record citing them by number. What stays in memory is bounded by the number of distinct
 * values (a digest each), the scenario titles, the rule table and the findings that are not PASS (root causes and
 * failure messages need them whole). {@link #snapshot()} returns the findings so far as a list the report writers
 * read one after another.
 *
 * <pre>{@code
 * try (FindingSpool spool = FindingSpool.create(dir)) {
 *     findings.forEach(spool::append);
 *     TargetReport target = new TargetReport(url, label, policy, true, spool.snapshot(), agreement);
 * }
 * }</pre>
 *
 * <p>Thread-safe: a snapshot may be read on one thread while findings are appended on another.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FindingSpool implements AutoCloseable {

    static final ObjectMapper MAPPER = ReportJson.mapper();

    private final Path dir;
    private final SpoolFile findings;
    private final SpooledTable<Exchange> exchanges;
    private final SpooledTable<ExplanationStep> steps;
    private final SpooledTable<EvidenceCitation> evidence;
    private final FindingCodec codec = new FindingCodec(MAPPER);
    private final Map<String, RuleText> rules = new LinkedHashMap<>();
    private final Map<String, Integer> scenarioNumbers = new HashMap<>();
    private final List<String> scenarioIds = new ArrayList<>();
    private final List<String> scenarioTitles = new ArrayList<>();
    private final List<Finding> notPassing = new ArrayList<>();
    private final Summary.Counter counter = new Summary.Counter();
    private boolean closed;

    private FindingSpool(Path dir) throws IOException {
        this.dir = dir;
        this.findings = new SpoolFile(dir.resolve("findings.jsonl"));
        this.exchanges = new SpooledTable<>(new SpoolFile(dir.resolve("exchanges.jsonl")), MAPPER, Exchange.class);
        this.steps = new SpooledTable<>(new SpoolFile(dir.resolve("steps.jsonl")), MAPPER, ExplanationStep.class);
        this.evidence = new SpooledTable<>(new SpoolFile(dir.resolve("evidence.jsonl")), MAPPER,
                EvidenceCitation.class);
    }

    /** Create a spool in a new directory {@code dir} (which must not exist); {@link #close()} deletes it. */
    public static FindingSpool create(Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir);
        return new FindingSpool(dir);
    }

    /** Append one finding. */
    public synchronized void append(Finding finding) throws IOException {
        requireOpen();
        int[] x = new int[finding.evidence().exchanges().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = exchanges.index(finding.evidence().exchanges().get(i));
        }
        int[] s = new int[finding.evidence().explanation().size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = steps.index(finding.evidence().explanation().get(i));
        }
        int e = evidence.index(new EvidenceCitation(x, finding.evidence().observation(), s));
        RuleText rule = rules.computeIfAbsent(finding.ruleId(), id -> new RuleText(finding.ruleTitle(),
                finding.specUrl()));
        Integer scenario = scenarioNumbers.get(finding.scenarioId());
        if (scenario == null) {
            scenario = scenarioIds.size();
            scenarioNumbers.put(finding.scenarioId(), scenario);
            scenarioIds.add(finding.scenarioId());
            scenarioTitles.add(finding.scenarioTitle());
        }
        findings.append(codec.encode(finding, x, s, e, scenario, !rule.title().equals(finding.ruleTitle()),
                !rule.specUrl().equals(finding.specUrl()), !scenarioTitles.get(scenario).equals(
                        finding.scenarioTitle())));
        counter.add(finding);
        if (finding.verdict() != Verdict.PASS) {
            notPassing.add(finding);
        }
    }

    /** Return the number of findings appended. */
    public synchronized int size() {
        return findings.count();
    }

    /**
     * Return the findings appended so far, as a list to read one after another (its iterator reads each back whole;
     * {@code get(i)} is not offered). It stays valid, and unchanged, while more are appended, until {@link #close()}.
     */
    public synchronized SpooledFindings snapshot() throws IOException {
        requireOpen();
        findings.flush();
        exchanges.file().flush();
        steps.file().flush();
        evidence.file().flush();
        int n = findings.count();
        return new SpooledFindings(this, n, findings.end(n), exchanges.count(), exchanges.file().end(exchanges.count()),
                steps.count(), steps.file().end(steps.count()), evidence.count(),
                evidence.file().end(evidence.count()), new LinkedHashMap<>(rules),
                List.copyOf(scenarioIds), List.copyOf(scenarioTitles), List.copyOf(notPassing), counter.summary());
    }

    SpoolFile findingFile() {
        return findings;
    }

    SpooledTable<Exchange> exchanges() {
        return exchanges;
    }

    SpooledTable<ExplanationStep> steps() {
        return steps;
    }

    SpooledTable<EvidenceCitation> evidence() {
        return evidence;
    }

    FindingCodec newCodec() {
        return new FindingCodec(MAPPER);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the finding spool " + dir + " is closed");
        }
    }

    /** Close the files and delete the spool's directory; snapshots can no longer be read. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (AutoCloseable file : List.of(findings, exchanges.file(), steps.file(), evidence.file())) {
            try {
                file.close();
            } catch (Exception e) {
                failure = failure == null ? new IOException(e.getMessage(), e) : failure;
            }
        }
        delete(dir);
        if (failure != null) {
            throw failure;
        }
    }

    /** Delete {@code dir} and everything in it. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
