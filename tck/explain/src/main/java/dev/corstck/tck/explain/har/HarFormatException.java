package dev.corstck.tck.explain.har;

import org.apiguardian.api.API;

/**
 * A file that is not a readable HAR 1.2 log; the message names the problem and where ({@code line 3, column 7} or
 * {@code log.entries[2].request.url}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HarFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public HarFormatException(String message) {
        super(message);
    }

    public HarFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
