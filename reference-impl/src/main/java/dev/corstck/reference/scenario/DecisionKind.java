package dev.corstck.reference.scenario;

import dev.corstck.reference.decision.Decision;
import org.apiguardian.api.API;

/**
 * Which {@link Decision} variant the processor returns.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DecisionKind {
    NOT_CORS, ACTUAL, PREFLIGHT, DISALLOWED;

    /** The kind of {@code decision}. */
    public static DecisionKind of(Decision decision) {
        if (decision instanceof Decision.NotCors) {
            return NOT_CORS;
        } else if (decision instanceof Decision.Actual) {
            return ACTUAL;
        } else if (decision instanceof Decision.Preflight) {
            return PREFLIGHT;
        }
        return DISALLOWED;
    }
}
