package dev.corstck.reports.model;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A finding with the numbers of what it cites in its target's tables ({@link CitedFindings}).
 *
 * <p>{@link #texts()} has every field of the finding and its evidence's observation; its evidence's exchanges and
 * steps may be absent (a spooled finding is read without them): read them through the numbers, or take
 * {@link #whole()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CitedFinding {

    private final Finding texts;
    private final int[] exchanges;
    private final int[] steps;
    private final int evidence;
    private final int scenario;
    private final boolean ownRuleTitle;
    private final boolean ownSpecUrl;
    private final boolean ownScenarioTitle;
    private final Supplier<Finding> whole;

    /**
     * @param texts            the finding, its evidence's exchanges and steps possibly left out
     * @param exchanges        the numbers of its evidence's exchanges, in order
     * @param steps            the numbers of its evidence's explanation steps, in order
     * @param evidence         the number of its evidence
     * @param scenario         the number of its scenario in the scenario table
     * @param ownRuleTitle     whether its rule title differs from the rule table's (its rule's first finding)
     * @param ownSpecUrl       whether its Fetch anchor differs from the rule table's
     * @param ownScenarioTitle whether its scenario title differs from the scenario table's
     * @param whole            the finding with all of its evidence
     */
    public CitedFinding(Finding texts, int[] exchanges, int[] steps, int evidence, int scenario,
            boolean ownRuleTitle,
            boolean ownSpecUrl, boolean ownScenarioTitle, Supplier<Finding> whole) {
        this.texts = texts;
        this.exchanges = exchanges;
        this.steps = steps;
        this.evidence = evidence;
        this.scenario = scenario;
        this.ownRuleTitle = ownRuleTitle;
        this.ownSpecUrl = ownSpecUrl;
        this.ownScenarioTitle = ownScenarioTitle;
        this.whole = whole;
    }

    /** The finding's fields; its evidence's exchanges and steps may be absent (use the numbers). */
    public Finding texts() {
        return texts;
    }

    /** The finding with all of its evidence (read back from a spool when it was spooled). */
    public Finding whole() {
        return whole.get();
    }

    /** The number of the {@code i}-th exchange its evidence cites. */
    public int exchange(int i) {
        return exchanges[i];
    }

    /** How many exchanges its evidence cites. */
    public int exchangeCount() {
        return exchanges.length;
    }

    /** The number of the {@code i}-th explanation step its evidence cites. */
    public int step(int i) {
        return steps[i];
    }

    /** How many explanation steps its evidence cites. */
    public int stepCount() {
        return steps.length;
    }

    /** The number of its evidence in the evidence table. */
    public int evidence() {
        return evidence;
    }

    /** The number of its scenario in the scenario table. */
    public int scenario() {
        return scenario;
    }

    /** Whether its rule title differs from its rule's first finding's (then it carries its own). */
    public boolean ownRuleTitle() {
        return ownRuleTitle;
    }

    /** Whether its Fetch anchor differs from its rule's first finding's (then it carries its own). */
    public boolean ownSpecUrl() {
        return ownSpecUrl;
    }

    /** Whether its scenario title differs from its scenario's first finding's. */
    public boolean ownScenarioTitle() {
        return ownScenarioTitle;
    }
}
