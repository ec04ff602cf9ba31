package dev.corstck.reports.spool;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corstck.reports.model.CitedFinding;
import dev.corstck.reports.model.CitedFindings;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.EvidenceCitation;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * The findings a {@link FindingSpool} held when the snapshot was taken: a list read from disk one finding after
 * another (each pass reads the files again; nothing but the spool's in-memory tables is kept), and the numbering the
 * report writers cite ({@link CitedFindings}). {@code get(i)} is not offered: a spooled report is read in order.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpooledFindings extends AbstractList<Finding> implements CitedFindings {

    private final FindingSpool spool;
    private final int size;
    private final long findingBytes;
    private final int exchangeCount;
    private final long exchangeBytes;
    private final int stepCount;
    private final long stepBytes;
    private final int evidenceCount;
    private final long evidenceBytes;
    private final Map<String, RuleText> rules;
    private final List<String> scenarioIds;
    private final List<String> scenarioTitles;
    private final List<Finding> notPassing;
    private final Summary summary;

    SpooledFindings(FindingSpool spool, int size, long findingBytes, int exchangeCount, long exchangeBytes,
            int stepCount, long stepBytes, int evidenceCount, long evidenceBytes, Map<String, RuleText> rules,
            List<String> scenarioIds, List<String> scenarioTitles, List<Finding> notPassing, Summary summary) {
        this.spool = spool;
        this.size = size;
        this.findingBytes = findingBytes;
        this.exchangeCount = exchangeCount;
        this.exchangeBytes = exchangeBytes;
        this.stepCount = stepCount;
        this.stepBytes = stepBytes;
        this.evidenceCount = evidenceCount;
        this.evidenceBytes = evidenceBytes;
        this.rules = java.util.Collections.unmodifiableMap(rules);
        this.scenarioIds = scenarioIds;
        this.scenarioTitles = scenarioTitles;
        this.notPassing = notPassing;
        this.summary = summary;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Finding get(int index) {
        throw new UnsupportedOperationException("a spooled report is read in order: iterate its findings");
    }

    @Override
    public Iterator<Finding> iterator() {
        return new Whole();
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof List<?> list) || list.size() != size) {
            return false;
        }
        Iterator<?> theirs = list.iterator();
        for (Finding mine : this) {
            if (!mine.equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Finding finding : this) {
            hash = 31 * hash + finding.hashCode();
        }
        return hash;
    }

    @Override
    public Summary summary() {
        return summary;
    }

    @Override
    public int exchangeCount() {
        return exchangeCount;
    }

    @Override
    public int stepCount() {
        return stepCount;
    }

    @Override
    public int evidenceCount() {
        return evidenceCount;
    }

    @Override
    public int scenarioCount() {
        return scenarioIds.size();
    }

    @Override
    public void forEachCited(Consumer<CitedFinding> each) {
        try (Records records = new Records()) {
            while (records.hasNext()) {
                each.accept(records.next());
            }
        }
    }

    @Override
    public void forEachExchange(Consumer<Exchange> each) {
        values(spool.exchanges(), exchangeCount, exchangeBytes, each);
    }

    @Override
    public void forEachStep(Consumer<ExplanationStep> each) {
        values(spool.steps(), stepCount, stepBytes, each);
    }

    @Override
    public void forEachEvidence(Consumer<EvidenceCitation> each) {
        values(spool.evidence(), evidenceCount, evidenceBytes, each);
    }

    private static <T> void values(SpooledTable<T> table, int count, long bytes, Consumer<T> each) {
        try (InputStream in = table.file().open(bytes); JsonParser json = table.mapper().createParser(in)) {
            for (int i = 0; i < count; i++) {
                json.nextToken();
                each.accept(table.mapper().readValue(json, table.type()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report spool could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachScenario(BiConsumer<String, String> each) {
        for (int i = 0; i < scenarioIds.size(); i++) {
            each.accept(scenarioIds.get(i), scenarioTitles.get(i));
        }
    }

    @Override
    public Map<String, RuleText> rules() {
        return rules;
    }

    @Override
    public List<Finding> notPassing() {
        return notPassing;
    }

    /** The spooled records, read one after another; the findings that are not PASS come whole from memory. */
    private final class Records implements AutoCloseable, FindingCodec.Tables {
        private final FindingCodec codec = spool.newCodec();
        private final InputStream in;
        private final JsonParser json;
        private final Map<Integer, Exchange> exchanges = cache();
        private final Map<Integer, ExplanationStep> steps = cache();
        private int read;
        private int nextNotPassing;

        Records() {
            try {
                in = spool.findingFile().open(findingBytes);
                json = FindingSpool.MAPPER.createParser(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the report spool could not be read: " + e.getMessage(), e);
            }
        }

        boolean hasNext() {
            return read < size;
        }

        CitedFinding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            FindingCodec.Decoded d;
            try {
                d = codec.decode(json, this);
            } catch (IOException e) {
                throw new UncheckedIOException("the report spool could not be read: " + e.getMessage(), e);
            }
            read++;
            Finding whole = d.texts().verdict() == Verdict.PASS ? null : notPassing.get(nextNotPassing++);
            return new CitedFinding(d.texts(), d.exchanges(), d.steps(), d.evidence(), d.scenario(),
                    d.ownRuleTitle(), d.ownSpecUrl(), d.ownScenarioTitle(),
                    whole != null ? () -> whole : () -> rehydrate(d));
        }

        /** A PASS finding with its evidence read back (the writers cite it by number; other readers want it whole). */
        private Finding rehydrate(FindingCodec.Decoded d) {
            Finding t = d.texts();
            List<Exchange> x = lookUp(d.exchanges(), exchanges, n -> spool.exchanges().read(n));
            List<ExplanationStep> s = lookUp(d.steps(), steps, n -> spool.steps().read(n));
            return new Finding(t.ruleId(), t.ruleTitle(), t.level(), t.specUrl(), t.verdict(), t.reason(),
                    t.scenarioId(), t.scenarioTitle(), t.engine(), t.expected(), t.actual(),
                    new Evidence(x, t.evidence().observation(), s), t.remedy());
        }

        private <T> List<T> lookUp(int[] numbers, Map<Integer, T> cache, IntFunction<T> read) {
            List<T> values = new ArrayList<>(numbers.length);
            for (int n : numbers) {
                values.add(cache.computeIfAbsent(n, read::apply));
            }
            return values;
        }

        @Override
        public String ruleTitle(String ruleId) {
            return rules.get(ruleId).title();
        }

        @Override
        public String specUrl(String ruleId) {
            return rules.get(ruleId).specUrl();
        }

        @Override
        public String scenarioTitle(int scenario) {
            return scenarioTitles.get(scenario);
        }

        @Override
        public void close() {
            try {
                json.close();
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Recently read values: a scenario's findings cite the same few exchanges one after another. */
    private static <T> Map<Integer, T> cache() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, T> eldest) {
                return size() > 512;
            }
        };
    }

    /** Whole findings, one after another; the file is closed when the last is read. */
    private final class Whole implements Iterator<Finding> {
        private Records records;

        @Override
        public boolean hasNext() {
            if (records == null) {
                if (size == 0) {
                    return false;
                }
                records = new Records();
            }
            if (!records.hasNext()) {
                records.close();
                return false;
            }
            return true;
        }

        @Override
        public Finding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return records.next().whole();
        }
    }
}
