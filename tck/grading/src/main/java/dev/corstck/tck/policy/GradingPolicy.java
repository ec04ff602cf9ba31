package dev.corstck.tck.policy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a target's owner intends: the CORS policy, and the endpoints legitimate clients call.
 *
 * @param cors      the CORS policy (Express {@code cors} options)
 * @param endpoints the endpoints to probe; never empty
 * @param source    whether the endpoints were declared or defaulted
 * @param implementation the CORS implementation the policy configures ({@code implementation:}, a folder name of
 *                  {@code certification/} such as {@code spring-mvc}), whose terms remedies are given in; empty for
 *                  express {@code cors}, the policy file's own vocabulary
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GradingPolicy(CorsPolicy cors, List<Endpoint> endpoints, EndpointSource source,
        Optional<String> implementation) {

    /** Where the endpoint list came from. */
    public enum EndpointSource {
        /** Listed under {@code endpoints} in the file. */
        DECLARED,
        /** The file had no {@code endpoints}: {@link #defaultEndpoints(CorsPolicy)} stood in. */
        DEFAULTED
    }

    public GradingPolicy {
        Objects.requireNonNull(cors, "cors must not be null");
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints must not be null"));
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(implementation, "implementation must not be null");
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("a grading policy needs at least one endpoint");
        }
    }

    /** A policy for express {@code cors} terms. */
    public GradingPolicy(CorsPolicy cors, List<Endpoint> endpoints, EndpointSource source) {
        this(cors, endpoints, source, Optional.empty());
    }

    /** Return a copy that names the implementation it configures. */
    public GradingPolicy withImplementation(String name) {
        return new GradingPolicy(cors, endpoints, source, Optional.of(name));
    }

    /** Return the CORS policy that applies on {@code endpoint}: its own {@code cors} overrides, or the top-level one. */
    public CorsPolicy corsFor(Endpoint endpoint) {
        return endpoint.cors().orElse(cors);
    }

    /** Build a policy whose endpoints are the defaults for {@code cors}. */
    public static GradingPolicy withDefaultEndpoints(CorsPolicy cors) {
        return new GradingPolicy(cors, defaultEndpoints(cors), EndpointSource.DEFAULTED);
    }

    /**
     * Return the endpoints probed when a policy file lists none: {@code GET /}, with credentials exactly when the
     * policy allows them.
     */
    public static List<Endpoint> defaultEndpoints(CorsPolicy cors) {
        return List.of(Endpoint.get("/", defaultCredentials(cors)));
    }

    /** Return the credentials an endpoint gets when it does not say: {@code include} iff the policy allows them. */
    public static CredentialsMode defaultCredentials(CorsPolicy cors) {
        return cors.credentials() ? CredentialsMode.INCLUDE : CredentialsMode.OMIT;
    }
}
