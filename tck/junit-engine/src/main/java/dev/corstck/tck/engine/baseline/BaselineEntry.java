package dev.corstck.tck.engine.baseline;

import dev.corstck.reports.model.Finding;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One known failure: a rule on a scenario in an engine, and why it is tolerated. The scenario and engine may be
 * {@code *} (any); the rule is always exact, so a new failure of another rule is never hidden.
 *
 * @param ruleId   the rule's stable ID
 * @param scenario the scenario ID, or {@code *}
 * @param engine   the engine ({@code wire}, {@code simulator}, {@code chromium}...), or {@code *}
 * @param reason   why it is known to fail (the line's trailing comment); may be empty
 * @param notes    the comment lines written just above the entry, kept when the file is rewritten
 * @param line     the 1-based line in the file; 0 for an entry not read from a file
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record BaselineEntry(String ruleId, String scenario, String engine, String reason, List<String> notes,
        int line) {

    /** The field value that matches anything. */
    public static final String ANY = "*";

    public BaselineEntry {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(scenario, "scenario must not be null");
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        notes = List.copyOf(notes);
    }

    /** Record {@code finding} exactly, with {@code reason}. */
    public static BaselineEntry of(Finding finding, String reason) {
        return new BaselineEntry(finding.ruleId(), finding.scenarioId(), finding.engine().id(), reason, List.of(), 0);
    }

    /** Answer whether this entry covers {@code finding} (whatever its verdict). */
    public boolean matches(Finding finding) {
        return ruleId.equals(finding.ruleId()) && (scenario.equals(ANY) || scenario.equals(finding.scenarioId()))
                && (engine.equals(ANY) || engine.equals(finding.engine().id()));
    }

    /** The entry as one line of the file: {@code rule scenario engine  # reason}. */
    public String toLine() {
        return ruleId + "  " + scenario + "  " + engine + (reason.isBlank() ? "" : "  # " + reason);
    }

    /** The entry's key, {@code rule|scenario|engine}, like {@link Finding#key()}. */
    public String key() {
        return ruleId + "|" + scenario + "|" + engine;
    }
}
