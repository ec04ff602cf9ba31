package dev.corstck.fetch.request;

import org.apiguardian.api.API;

/**
 * The request's credentials mode: whether cookies and HTTP authentication travel (see fetch#concept-request-credentials-mode).
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

    /** Return the value as written in JavaScript's {@code RequestInit}, e.g. {@code same-origin}. */
    public String token() {
        return token;
    }
}
