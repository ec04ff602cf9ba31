package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * The request's credentials mode (see fetch#concept-request-credentials-mode).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CredentialsMode {
    OMIT("omit"), SAME_ORIGIN("same-origin"), INCLUDE("include");

    private final String token;

    CredentialsMode(String token) {
        this.token = token;
    }

    /** The value as written in JavaScript. */
    public String token() {
        return token;
    }
}
