package dev.corstck.reference.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The one table of scenarios shared by the reference implementation's tests, the simulator and the browser tests.
 * Ids are stable names; rows are never addressed by position.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScenarioTable {

    private static final List<Scenario> ALL = build();

    private ScenarioTable() {
    }

    /** Every scenario, grouped as the rows are written. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The scenario named {@code id}. */
    public static Optional<Scenario> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenarios of {@code group}, e.g. {@code preflight}. */
    public static List<Scenario> group(String group) {
        return ALL.stream().filter(s -> s.group().equals(group)).toList();
    }

    /** Every group, in table order. */
    public static Set<String> groups() {
        Set<String> out = new LinkedHashSet<>();
        ALL.forEach(s -> out.add(s.group()));
        return out;
    }

    private static List<Scenario> build() {
        List<Scenario> out = new ArrayList<>();
        out.addAll(OriginScenarios.rows());
        out.addAll(PreflightScenarios.rows());
        out.addAll(PolicyScenarios.rows());
        out.addAll(ProfileScenarios.rows());
        Set<String> ids = new LinkedHashSet<>();
        for (Scenario s : out) {
            if (!ids.add(s.id())) {
                throw new IllegalStateException("duplicate scenario id " + s.id());
            }
        }
        return List.copyOf(out);
    }
}
