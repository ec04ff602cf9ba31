package dev.corstck.tck.policy;

import dev.corstck.reference.policy.CorsPolicy;
import java.util.List;
import java.util.Optional;

/** The fields of one endpoint while it is read, starting at their defaults. */
final class EndpointFields {

    String path;
    List<String> methods = List.of("GET");
    ClientCredentials credentials;
    int status = Endpoint.DEFAULT_STATUS;
    List<String> headers = List.of();
    BodyType body = BodyType.NONE;
    Optional<CorsPolicy> cors = Optional.empty();
    Optional<String> cookie = Optional.empty();
    private boolean credentialsGiven;

    EndpointFields(ClientCredentials defaultCredentials) {
        this.credentials = defaultCredentials;
    }

    void credentials(ClientCredentials given) {
        credentials = given;
        credentialsGiven = true;
    }

    Endpoint build() {
        // Without its own 'credentials', an endpoint's clients send them exactly when its effective policy allows them.
        ClientCredentials c = credentialsGiven ? credentials
                : cors.map(GradingPolicy::defaultCredentials).orElse(credentials);
        return new Endpoint(path, methods.isEmpty() ? List.of("GET") : methods, c, status, headers, body, cors, cookie);
    }
}
