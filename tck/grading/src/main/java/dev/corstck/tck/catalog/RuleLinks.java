package dev.corstck.tck.catalog;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * Link a rule to the code that decides it and the tests that exercise it. The catalog cannot know either: the grading
 * package's check registry provides this through {@link ServiceLoader}, so {@code tck/RULES.md} and
 * {@code rules --format json} read the registry, never a hand-kept list.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public interface RuleLinks {

    /** Links for a catalog without a grading package: no check, no test. */
    RuleLinks NONE = new RuleLinks() {
        @Override
        public List<Source> checks(Rule rule) {
            return List.of();
        }

        @Override
        public List<Source> tests(Rule rule) {
            return List.of();
        }
    };

    /**
     * A class and its source file.
     *
     * @param name simple class name ({@code HeaderInvariants})
     * @param path the source file, relative to the directory of {@code tck/RULES.md}
     */
    record Source(String name, String path) {
        public Source {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(path, "path must not be null");
        }
    }

    /** The check classes that declare {@code rule}, in the order the grader runs them; empty when none does. */
    List<Source> checks(Rule rule);

    /** The test classes that exercise {@code rule}, by name. */
    List<Source> tests(Rule rule);

    /** The links the class path provides: the grading package's, else {@link #NONE}. */
    static RuleLinks installed() {
        return ServiceLoader.load(RuleLinks.class, RuleLinks.class.getClassLoader()).findFirst().orElse(NONE);
    }
}
