package dev.corstck.tck.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Say how a rule is graded: decided by one named check of the grading package, or deliberately not graded, with the
 * reason. A rule is never listed like a graded rule when nothing decides it ({@code CatalogTests} and
 * {@code RuleCoverageTests} keep this true).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Grading permits Grading.ByCheck, Grading.NotGraded, Grading.Undeclared {

    /** The form of a check or self-test class's simple name. */
    Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /**
     * Decided by the check class {@code check} ({@code dev.corstck.tck.grading.<check>}).
     *
     * @param check       the simple name of the class that judges the rule
     * @param exercisedBy the simple name of the self-test class that shows the rule decided on a real server, where the
     *                    main job's targets (the reference target, correct and with its four mistake profiles) never
     *                    get it decided; empty when they do
     */
    record ByCheck(String check, Optional<String> exercisedBy) implements Grading {
        public ByCheck {
            Objects.requireNonNull(check, "check must not be null");
            Objects.requireNonNull(exercisedBy, "exercisedBy must not be null");
            if (!CLASS_NAME.matcher(check).matches() || exercisedBy.filter(e -> !CLASS_NAME.matcher(e).matches())
                    .isPresent()) {
                throw new IllegalArgumentException("check '" + check + "' and exercisedBy " + exercisedBy
                        + " must be simple class names");
            }
        }
    }

    /**
     * Deliberately not graded.
     *
     * @param reason why no wire probe or simulation can decide it (an operator practice, a fact about browsers...)
     */
    record NotGraded(String reason) implements Grading {
        public NotGraded {
            Objects.requireNonNull(reason, "reason must not be null");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a rule that is not graded says why");
            }
        }
    }

    /** Not declared yet: what {@link Rule#of} starts with; no rule of the catalog may stay so. */
    record Undeclared() implements Grading {
    }

    /** Answer whether a check decides the rule. */
    default boolean isGraded() {
        return this instanceof ByCheck;
    }
}
