package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The response as JavaScript saw it, after CORS filtering (see fetch#concept-filtered-response).
 *
 * @param status {@code response.status}; 0 for opaque or when there was no response
 * @param statusText {@code response.statusText}
 * @param type {@code response.type} ({@code cors}, {@code basic}, {@code opaque}, {@code opaqueredirect}), empty
 *     when there was no response
 * @param url {@code response.url}
 * @param redirected {@code response.redirected}
 * @param headers what {@code response.headers} let JavaScript read, in iteration order
 * @param bodyExcerpt the first characters of the body text, empty when unreadable
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ResponseView(int status, String statusText, String type, String url, boolean redirected,
        List<Header> headers, String bodyExcerpt) {

    public ResponseView {
        headers = List.copyOf(headers);
    }

    /** Return the view of "no response". */
    public static ResponseView none() {
        return new ResponseView(0, "", "", "", false, List.of(), "");
    }

    /** Return the value JavaScript reads for {@code name} (case-insensitive), if any. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.isNamed(name)).map(Header::value).findFirst();
    }
}
