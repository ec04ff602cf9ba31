package dev.corstck.tck.policy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One call a legitimate cross-origin client makes, as the policy file's {@code endpoints} lists it.
 *
 * @param path        the request target: path and optional query, starting with {@code /}
 * @param methods     the methods clients use there, in their exact case; at least one
 * @param credentials whether clients send credentials
 * @param status      the status a legitimate call gets (100 to 599); default 200
 * @param headers     the request headers client scripts set (e.g. {@code Authorization}); may be empty
 * @param body        the kind of body clients send
 * @param cors        the endpoint's own CORS policy (the file's options with its {@code cors} overrides), when it
 *                    has one; empty when the top-level policy applies (see {@link GradingPolicy#corsFor})
 * @param cookie      the {@code Cookie} header credentialed clients send there ({@code session=abc}), when declared;
 *                    otherwise the kit sends what the endpoint sets on a plain visit
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Endpoint(String path, List<String> methods, CredentialsMode credentials, int status,
        List<String> headers, BodyType body, Optional<CorsPolicy> cors, Optional<String> cookie) {

    /** The status a legitimate call is expected to get when the file does not say. */
    public static final int DEFAULT_STATUS = 200;

    public Endpoint {
        Objects.requireNonNull(path, "path must not be null");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        Objects.requireNonNull(credentials, "credentials must not be null");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(cors, "cors must not be null");
        Objects.requireNonNull(cookie, "cookie must not be null");
        if (!path.startsWith("/") || methods.isEmpty() || status < 100 || status > 599) {
            throw new IllegalArgumentException("endpoint " + path + ": path must start with '/', methods must not be "
                    + "empty and status must be 100 to 599");
        }
    }

    /** An endpoint under the top-level policy. */
    public Endpoint(String path, List<String> methods, CredentialsMode credentials, int status, List<String> headers,
            BodyType body) {
        this(path, methods, credentials, status, headers, body, Optional.empty(), Optional.empty());
    }

    /** Return a GET endpoint at {@code path} with the given credentials and every other setting at its default. */
    public static Endpoint get(String path, CredentialsMode credentials) {
        return new Endpoint(path, List.of("GET"), credentials, DEFAULT_STATUS, List.of(), BodyType.NONE);
    }
}
