package dev.corstck.fetch.request;

import org.apiguardian.api.API;

/**
 * The request's mode as {@code fetch()} sets it (see fetch#concept-request-mode).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestMode {
    CORS("cors"), NO_CORS("no-cors"), SAME_ORIGIN("same-origin");

    private final String token;

    RequestMode(String token) {
        this.token = token;
    }

    /** Return the value as written in JavaScript's {@code RequestInit} and in {@code Sec-Fetch-Mode}, e.g. {@code no-cors}. */
    public String token() {
        return token;
    }
}
