package dev.corstck.tck.policy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.List;
import java.util.Optional;

/** The fields of one endpoint while it is read, starting at their defaults. */
final class EndpointFields {

    String path;
    List<String> methods = List.of("GET");
    CredentialsMode credentials;
    int status = Endpoint.DEFAULT_STATUS;
    List<String> headers = List.of();
    BodyType body = BodyType.NONE;
    Optional<CorsPolicy> cors = Optional.empty();
    Optional<String> cookie = Optional.empty();
    private boolean credentialsGiven;

    EndpointFields(CredentialsMode defaultCredentials) {
        this.credentials = defaultCredentials;
    }

    void credentials(CredentialsMode given) {
        credentials = given;
        credentialsGiven = true;
    }

    Endpoint build() {
        // Without its own 'credentials', an endpoint's clients send them exactly when its effective policy allows them.
        CredentialsMode c = credentialsGiven ? credentials
                : cors.map(GradingPolicy::defaultCredentials).orElse(credentials);
        return new Endpoint(path, methods.isEmpty() ? List.of("GET") : methods, c, status, headers, body, cors, cookie);
    }
}
