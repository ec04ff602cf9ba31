package dev.corstck.tck.probe;

import dev.corstck.fetch.http.RawRequest;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One request to send to one target, for a {@link ProbeRunner}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProbeJob(ProbeTarget target, RawRequest request) {

    public ProbeJob {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(request, "request must not be null");
    }
}
