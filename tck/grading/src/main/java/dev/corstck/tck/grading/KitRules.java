package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Level;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.catalog.SpecRef;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rules about the kit itself, graded beside the catalog's: they say when the kit's own evidence does not hold
 * together, never that the target is wrong.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KitRules {

    /** A real browser did what the simulator predicted from the target's real responses. */
    public static final Rule SIMULATOR_BROWSER_AGREEMENT = Rule.of("kit.simulator-browser-agreement", Level.MUST,
            SpecRef.fetch("concept-main-fetch", "4.1 Main fetch"),
            "The simulator's prediction on the target's real responses matches what the real browser did",
            "A mismatch is a simulator bug or an undocumented browser difference: verdicts on that scenario are "
                    + "not trustworthy until it is explained").checkedBy("BrowserChecks");

    /** The target answered the probes. */
    public static final Rule TARGET_REACHABLE = Rule.of("kit.target-reachable", Level.MUST,
            SpecRef.fetch("concept-network-error", "2.2.6 Responses"),
            "The target answers every probe with an HTTP response in time",
            "Without a response nothing about CORS can be graded: the scenario is ERROR, never FAIL")
            .checkedBy("ScenarioChecks");

    /** Every kit rule. */
    public static final List<Rule> ALL = List.of(SIMULATOR_BROWSER_AGREEMENT, TARGET_REACHABLE);

    private KitRules() {
    }

    /** Find a rule by ID among the catalog's and the kit's. */
    public static Optional<Rule> find(String id) {
        return RuleCatalog.find(id).or(() -> ALL.stream().filter(r -> r.id().equals(id)).findFirst());
    }

    /** Return the rule with this ID. @throws IllegalArgumentException when there is none */
    static Rule get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule with id '" + id + "'"));
    }
}
