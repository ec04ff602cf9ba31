package dev.corstck.reports.model;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One target's findings as the report writers read them: in order, each citing by number the target's tables of
 * distinct exchanges, explanation steps and evidence, numbered in order of first citation (equal values once).
 *
 * <p>A report of a few thousand findings holds them in memory ({@link #of(List)}); a large one reads them from a
 * spool on disk, one after another, so neither its findings nor their evidence are held (see
 * {@code dev.corstck.reports.spool}). The writers read both the same way and write the same bytes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CitedFindings {

    /** Number the findings of {@code findings}, held in memory. */
    static CitedFindings of(List<Finding> findings) {
        return MemoryCitations.of(findings);
    }

    /** Return the number of findings. */
    int size();

    /** Return the counts per verdict, level and engine. */
    Summary summary();

    /** Return the number of distinct exchanges. */
    int exchangeCount();

    /** Return the number of distinct explanation steps. */
    int stepCount();

    /** Return the number of distinct evidences. */
    int evidenceCount();

    /** Return the number of scenarios. */
    int scenarioCount();

    /** Visit each finding, in order. A spool that cannot be read throws {@link java.io.UncheckedIOException}. */
    void forEachCited(Consumer<CitedFinding> each);

    /** Visit each distinct exchange, in table order. */
    void forEachExchange(Consumer<Exchange> each);

    /** Visit each distinct explanation step, in table order. */
    void forEachStep(Consumer<ExplanationStep> each);

    /** Visit each distinct evidence (its exchanges, observation and steps, by number), in table order. */
    void forEachEvidence(Consumer<EvidenceCitation> each);

    /** Visit each scenario's ID and the title its first finding gives it, in order of first citation. */
    void forEachScenario(BiConsumer<String, String> each);

    /** Return each rule's title and Fetch anchor as its first finding gives them, in order of first citation. */
    Map<String, RuleText> rules();

    /** Return the findings that are not PASS, in order, whole (root causes, SARIF, failure messages use them). */
    List<Finding> notPassing();

    /** A rule's title and Fetch anchor as its first finding gives them. */
    record RuleText(String title, String specUrl) {
    }
}
