package dev.corstck.reference.scenario;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The request's credentials mode (see fetch#concept-request-credentials-mode).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CredentialsMode {
    OMIT, SAME_ORIGIN, INCLUDE;

    /** The value {@code fetch()} takes, e.g. {@code same-origin}. */
    public String jsValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
