package dev.corstck.tck.explain;

import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One engine profile's explanation of one request.
 *
 * @param engine the profile ({@code spec}, {@code chromium}, {@code firefox}, {@code webkit})
 * @param outcome what JavaScript sees, or {@code UNKNOWN}
 * @param decidingStep the step that failed the fetch, when it failed
 * @param block why it failed, with the engine's console wording
 * @param console the lines this engine logs for it (empty when it succeeds or logs nothing CORS-specific)
 * @param rules the catalog rule IDs the responses break
 * @param fix root cause and remedy, when blocked
 * @param alsoWrong what would block the request next, once the deciding problem is fixed (in order)
 * @param steps every step of the simulator's explanation
 * @param missing what the input lacks to decide (only for {@code UNKNOWN})
 * @param notes facts about how it was decided (a preflight assumed granted, a credentials mode deduced …)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineVerdict(Engine engine, ExplainedOutcome outcome, Optional<Step> decidingStep, Optional<Block> block,
        List<String> console, List<String> rules, Optional<Fix> fix, List<Block> alsoWrong, List<Step> steps,
        List<String> missing, List<String> notes) {

    public EngineVerdict {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(decidingStep, "decidingStep must not be null");
        Objects.requireNonNull(block, "block must not be null");
        console = List.copyOf(console);
        rules = List.copyOf(rules);
        Objects.requireNonNull(fix, "fix must not be null");
        alsoWrong = List.copyOf(alsoWrong);
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
    }

    /** The same verdict with {@code note} added. */
    EngineVerdict withNote(String note) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new EngineVerdict(engine, outcome, decidingStep, block, console, rules, fix, alsoWrong, steps,
                missing, n);
    }

    /** The same verdict with another outcome, kept from the record (e.g. UNKNOWN cause, but the browser blocked). */
    EngineVerdict unknown(List<String> why, List<String> extraNotes) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.addAll(extraNotes);
        return new EngineVerdict(engine, ExplainedOutcome.UNKNOWN, Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), List.of(), steps, why, n);
    }
}
