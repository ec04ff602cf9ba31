package dev.corstck.tck.probe;

import dev.corstck.fetch.http.ResponderException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say that a probe got no usable response, keeping the typed {@link ProbeFailure} so graders report its kind instead of
 * parsing the message.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ProbeFailedException extends ResponderException {

    private static final long serialVersionUID = 1L;

    private final transient ProbeFailure failure;

    /** Carry {@code failure}; the message is its description. */
    public ProbeFailedException(ProbeFailure failure) {
        super(Objects.requireNonNull(failure, "failure must not be null").describe());
        this.failure = failure;
    }

    /** Why the probe got no usable response. */
    public ProbeFailure failure() {
        return failure;
    }
}
