package dev.corstck.tck.simulator;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named sequence of actions run in one fresh browser; the last fetch is the one the scenario is about, earlier ones
 * warm the preflight cache or the cookie jar.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Scenario(String id, String description, List<Action> actions) {

    public Scenario {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(description, "description must not be null");
        actions = List.copyOf(actions);
        if (actions.stream().noneMatch(a -> a instanceof Action.Fetch)) {
            throw new IllegalArgumentException("scenario " + id + " must contain a fetch");
        }
    }

    /** A scenario of one fetch. */
    public static Scenario of(String id, FetchRequest request) {
        return new Scenario(id, "", List.of(new Action.Fetch(request)));
    }

    /** The fetch the scenario is about: its last one. */
    public FetchRequest lastFetch() {
        FetchRequest last = null;
        for (Action a : actions) {
            if (a instanceof Action.Fetch f) {
                last = f.request();
            }
        }
        return Objects.requireNonNull(last);
    }
}
