package dev.corstck.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.corstck.reports.curl.CurlCommand;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keep one raw request/response pair as it crossed the wire, the evidence a finding rests on.
 *
 * @param kind     preflight, actual or redirect
 * @param request  what was sent
 * @param response what came back; empty when nothing did (see {@code failure})
 * @param failure  why there is no response (connection refused, timeout, …); empty when there is one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(value = "curl", allowGetters = true)
public record Exchange(ExchangeKind kind, WireRequest request, Optional<WireResponse> response, String failure) {

    public Exchange {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(response, "response must not be null");
        Objects.requireNonNull(failure, "failure must not be null");
    }

    /** Pair a request with the response it got. */
    public static Exchange of(ExchangeKind kind, WireRequest request, WireResponse response) {
        return new Exchange(kind, request, Optional.of(response), "");
    }

    /** Record a request that got no response, and why. */
    public static Exchange failed(ExchangeKind kind, WireRequest request, String failure) {
        return new Exchange(kind, request, Optional.empty(), failure);
    }

    /** Return a copy-paste {@code curl} command that sends the same request (see {@link CurlCommand}). */
    @JsonProperty("curl")
    public String curl() {
        return CurlCommand.of(request);
    }
}
