package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The error JavaScript saw, e.g. {@code TypeError: Failed to fetch} (Chromium), {@code Load failed} (WebKit),
 * {@code NetworkError when attempting to fetch resource.} (Firefox).
 *
 * @param name the error's {@code name}
 * @param message the error's {@code message}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JsError(String name, String message) {

    @Override
    public String toString() {
        return name + ": " + message;
    }
}
