package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.grading.Grader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * Which of a class's dynamic descendants a run selected: all of them (a class, package or class-path selector), or
 * those on the path of one or more unique IDs (a rerun of one rule or scenario from the IDE), which also narrow what
 * is graded to their rules and scenarios. Filled in during discovery only.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Selection {

    private boolean all;
    private final Set<UniqueId> selected = new LinkedHashSet<>();

    /** Select everything below the class. */
    public void selectAll() {
        all = true;
    }

    /** Select {@code id}, a descendant of the class, with its own descendants. */
    public void select(UniqueId id) {
        selected.add(id);
    }

    /** Answer whether the descendant {@code id} is to run: it is selected, or on the way to a selected node. */
    public boolean admits(UniqueId id) {
        return all || selected.isEmpty() || selected.stream().anyMatch(s -> s.hasPrefix(id) || id.hasPrefix(s));
    }

    /** Add {@code child} to {@code parent} and run it, when this selection admits it (see {@link #admits}). */
    void register(TestDescriptor parent, TestDescriptor child, Node.DynamicTestExecutor executor) {
        if (admits(child.getUniqueId())) {
            parent.addChild(child);
            executor.execute(child);
        }
    }

    /**
     * The rules to grade when every selected ID names a section or a rule, as rule-ID globs ({@code cors-check.*},
     * {@code preflight.acam-listed}); empty when the whole class is to run.
     */
    public Optional<String> rules() {
        if (all || selected.isEmpty()) {
            return Optional.empty();
        }
        List<String> globs = new ArrayList<>();
        for (UniqueId id : selected) {
            Optional<String> glob = glob(id);
            if (glob.isEmpty()) {
                return Optional.empty();
            }
            globs.add(glob.get());
        }
        return Optional.of(String.join(",", globs));
    }

    /**
     * The scenarios to grade when every selected ID names one test (a scenario of a rule that looks at one scenario
     * at a time), as scenario IDs; empty when every scenario is to run. A rule that compares scenarios
     * ({@link Grader#comparesScenarios(String)}) needs them all, so selecting one of its tests grades every scenario.
     */
    public Optional<Set<String>> scenarios() {
        if (all || selected.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (UniqueId id : selected) {
            Optional<String> rule = value(id, Segments.RULE);
            Optional<String> test = id.getSegments().stream().filter(s -> s.getType().equals(Segments.SCENARIO))
                    .map(UniqueId.Segment::getValue).filter(v -> v.lastIndexOf('@') > 0).findFirst();
            if (rule.isEmpty() || test.isEmpty() || Grader.comparesScenarios(rule.get())) {
                return Optional.empty();
            }
            ids.add(test.get().substring(0, test.get().lastIndexOf('@')));
        }
        return Optional.of(ids);
    }

    private static Optional<String> glob(UniqueId id) {
        Optional<String> rule = value(id, Segments.RULE);
        if (rule.isPresent()) {
            return rule;
        }
        return value(id, Segments.SECTION).filter(s -> s.matches("[a-z0-9-]+")).map(s -> s + ".*");
    }

    private static Optional<String> value(UniqueId id, String type) {
        return id.getSegments().stream().filter(s -> s.getType().equals(type)).map(UniqueId.Segment::getValue)
                .filter(v -> v.matches("[a-z0-9.*?-]+")).findFirst();
    }
}
