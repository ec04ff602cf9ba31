package dev.corstck.tck.discovery;

import dev.corstck.tck.policy.ClientCredentials;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One probed path as a policy-file endpoint.
 *
 * @param path        the path probed
 * @param methods     GET plus the methods its preflights allowed
 * @param credentials whether the target allows credentials there
 * @param status      the status of a GET from an allowed origin (or without Origin when none was allowed)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscoveredEndpoint(String path, List<String> methods, ClientCredentials credentials, int status) {

    public DiscoveredEndpoint {
        Objects.requireNonNull(path, "path must not be null");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        Objects.requireNonNull(credentials, "credentials must not be null");
    }
}
