package dev.corstck.tck.explain.curl;

import dev.corstck.fetch.http.HeaderList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The request a curl command line sends.
 *
 * @param url the URL
 * @param method the method ({@code -X}, else HEAD for {@code -I}, POST with data, GET)
 * @param headers the {@code -H} headers in order, plus those curl derives ({@code -u}, {@code -d}'s form type)
 * @param body the body ({@code -d}, {@code --data-raw}, {@code --json} …), empty when none
 * @param cookie the {@code -b} cookie string, if any
 * @param notes options ignored or interpreted, to say so
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CurlRequest(String url, String method, HeaderList headers, String body, Optional<String> cookie,
        List<String> notes) {

    public CurlRequest {
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(cookie, "cookie must not be null");
        notes = List.copyOf(notes);
    }
}
