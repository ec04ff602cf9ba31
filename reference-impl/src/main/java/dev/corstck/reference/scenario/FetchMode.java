package dev.corstck.reference.scenario;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The request's mode (see fetch#concept-request-mode).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FetchMode {
    CORS, NO_CORS;

    /** The value {@code fetch()} takes, e.g. {@code no-cors}. */
    public String jsValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
