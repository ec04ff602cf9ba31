package dev.corstck.tck.policy;

import java.util.List;

/** The fields of one endpoint while it is read, starting at their defaults. */
final class EndpointFields {

    String path;
    List<String> methods = List.of("GET");
    ClientCredentials credentials;
    int status = Endpoint.DEFAULT_STATUS;
    List<String> headers = List.of();
    BodyType body = BodyType.NONE;

    EndpointFields(ClientCredentials defaultCredentials) {
        this.credentials = defaultCredentials;
    }

    Endpoint build() {
        return new Endpoint(path, methods.isEmpty() ? List.of("GET") : methods, credentials, status, headers, body);
    }
}
