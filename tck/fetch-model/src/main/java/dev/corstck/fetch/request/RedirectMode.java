package dev.corstck.fetch.request;

import org.apiguardian.api.API;

/**
 * The request's redirect mode (see fetch#concept-request-redirect-mode).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RedirectMode {
    FOLLOW("follow"), ERROR("error"), MANUAL("manual");

    private final String token;

    RedirectMode(String token) {
        this.token = token;
    }

    /** Return the value as written in JavaScript's {@code RequestInit}, e.g. {@code manual}. */
    public String token() {
        return token;
    }
}
