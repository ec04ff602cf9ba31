package dev.corstck.tck.simulator;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One request the simulated browser sent and what came back; {@code response} is empty when the responder failed.
 *
 * @param kind preflight or actual request
 * @param url the absolute URL requested
 * @param targetOrigin the serialized origin the request went to, as handed to the responder
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exchange(ExchangeKind kind, String url, String targetOrigin, RawRequest request,
        Optional<RawResponse> response) {

    public Exchange {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(targetOrigin, "targetOrigin must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(response, "response must not be null");
    }
}
