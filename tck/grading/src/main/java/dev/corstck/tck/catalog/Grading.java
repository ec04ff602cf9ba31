package dev.corstck.tck.catalog;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say how a rule is graded: decided by a check of the grading package, or deliberately not graded, with the reason.
 * A rule is never listed like a graded rule when nothing decides it ({@code CatalogTests} and {@code RuleCoverageTests}
 * keep this true).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Grading permits Grading.Graded, Grading.NotGraded, Grading.Undeclared {

    /** Decided by a check of the grading package; the registry there names it ({@link RuleLinks#checks}). */
    record Graded() implements Grading {
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
        return this instanceof Graded;
    }
}
