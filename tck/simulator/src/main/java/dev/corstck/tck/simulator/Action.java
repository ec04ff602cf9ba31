package dev.corstck.tck.simulator;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One step of a scenario: a fetch, the passing of time, or a cookie the user got by visiting a site directly.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Action permits Action.Fetch, Action.Wait, Action.SeedCookie {

    /** The page calls {@code fetch()}. */
    record Fetch(FetchRequest request) implements Action {
        public Fetch {
            Objects.requireNonNull(request, "request must not be null");
        }
    }

    /** Time passes (the simulated clock advances; a browser test sleeps). */
    record Wait(Duration duration) implements Action {
        public Wait {
            Objects.requireNonNull(duration, "duration must not be null");
        }
    }

    /** The browser holds a first-party cookie for {@code url}, as if the user had visited it and got {@code setCookie}. */
    record SeedCookie(String url, String setCookie) implements Action {
        public SeedCookie {
            Objects.requireNonNull(url, "url must not be null");
            Objects.requireNonNull(setCookie, "setCookie must not be null");
        }
    }
}
