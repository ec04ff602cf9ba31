package dev.corstck.tck.simulator;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The ordered steps that led to a prediction; the last {@link StepResult#FAILED} step, if any, is the one that
 * decided a network error.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /** The step that failed the fetch, if one did. */
    public Optional<Step> decidingStep() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).result() == StepResult.FAILED) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** Render one numbered line per step. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return steps.stream().map(Step::toString).collect(Collectors.joining("\n"));
    }
}
