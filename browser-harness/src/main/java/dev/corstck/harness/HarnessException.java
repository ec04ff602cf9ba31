package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A configuration or environment problem the caller must fix: a browser not installed (the message names the Debian
 * package), a page port that cannot be bound, an engine that does not start. Failures of single calls never throw;
 * they come back as {@link Outcome#ERROR} observations.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class HarnessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
