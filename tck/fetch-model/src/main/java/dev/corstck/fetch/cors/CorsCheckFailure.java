package dev.corstck.fetch.cors;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say why a response failed the CORS check, in Chromium's classification (tck/SPEC-NOTES.md#acao-checking).
 *
 * @param kind what was wrong
 * @param value the combined header value that failed it, empty when the header is absent
 * @param lines how many field lines the header had
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CorsCheckFailure(Kind kind, String value, int lines) {

    /** What was wrong with {@code Access-Control-Allow-Origin} or {@code Access-Control-Allow-Credentials}. */
    public enum Kind {
        /** No {@code Access-Control-Allow-Origin}. */
        MISSING,
        /** Several values: more than one line, or a list in one. */
        MULTIPLE,
        /** A value that does not even parse as a URL. */
        INVALID,
        /** A URL-like value that is not byte-equal to the request's serialized origin. */
        MISMATCH,
        /** {@code *} with credentials mode {@code include}. */
        WILDCARD_WITH_CREDENTIALS,
        /** Credentials mode {@code include} without {@code Access-Control-Allow-Credentials: true}. */
        INVALID_CREDENTIALS
    }

    public CorsCheckFailure {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }
}
