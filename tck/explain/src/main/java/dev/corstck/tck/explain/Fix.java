package dev.corstck.tck.explain;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What to change: the root cause in one sentence, and the remedy (in express {@code cors} option terms where the
 * server is at fault, in {@code fetch()} terms where the page is).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Fix(String cause, String remedy) {

    public Fix {
        Objects.requireNonNull(cause, "cause must not be null");
        Objects.requireNonNull(remedy, "remedy must not be null");
    }
}
