package dev.corstck.fetch.http;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An HTTP response exactly as received: status, reason phrase, header lines in order with duplicates, body as text.
 *
 * @param status       the status code
 * @param reasonPhrase the status line's text after the code and its one space, byte for byte as received (inner and
 *                     trailing spaces kept); {@code ""} when the line had none or the response was built in memory
 * @param headers      header lines in order, duplicates kept
 * @param body         the body as text
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RawResponse(int status, String reasonPhrase, HeaderList headers, String body) {

    public RawResponse {
        Objects.requireNonNull(reasonPhrase, "reasonPhrase must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
    }

    /** A response without a reason phrase (one built in memory: a reason phrase means nothing to Fetch). */
    public RawResponse(int status, HeaderList headers, String body) {
        this(status, "", headers, body);
    }

    public static RawResponse of(int status, HeaderList headers) {
        return new RawResponse(status, headers, "");
    }

    /** Answer whether the status is an ok status, 200 to 299 (see fetch#ok-status). */
    public boolean isOk() {
        return status >= 200 && status <= 299;
    }

    /** Answer whether the status is a redirect status: 301, 302, 303, 307 or 308 (see fetch#redirect-status). */
    public boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
