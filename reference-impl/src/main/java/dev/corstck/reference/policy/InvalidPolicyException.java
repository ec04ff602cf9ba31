package dev.corstck.reference.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A policy was refused; {@link #problems()} lists every problem found, not only the first.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    public InvalidPolicyException(List<PolicyProblem> problems) {
        super(problems.stream().map(PolicyProblem::toString)
                .collect(Collectors.joining("\n", "invalid CORS policy (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "):\n", "")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the options. */
    public List<PolicyProblem> problems() {
        return problems;
    }
}
