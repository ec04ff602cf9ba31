package dev.corstck.reference.policy;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with a policy: its kind, the option it is about (e.g. {@code origin}, {@code origin[2]},
 * {@code methods[0]}), and a message that starts with {@link Reason#prefix()} and says what to do instead.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PolicyProblem(Reason reason, String option, String message) {

    public PolicyProblem {
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(option, "option must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Build a problem whose message is the reason's prefix, then {@code advice}. */
    public static PolicyProblem of(Reason reason, String option, String advice) {
        return new PolicyProblem(reason, option, reason.prefix() + ": " + advice);
    }

    @Override
    public String toString() {
        return option + ": " + message;
    }
}
