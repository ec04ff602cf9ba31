package dev.corstck.tck.explain;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.FetchRequest;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One cross-origin request to explain: the {@code fetch()} the page made, as well as the input shows it.
 *
 * @param label where it comes from, e.g. {@code HAR entry 4} or {@code --url}
 * @param request the fetch, with the script-set headers only (browser-added ones such as {@code Sec-Fetch-*} removed)
 * @param credentials the credentials modes the input leaves possible; one when it is known, several when not (a HAR
 *     does not record the fetch option: a request without a {@code Cookie} header may still have used {@code include})
 * @param preflightEntry whether the input listed only a preflight, whose actual request is not in it
 * @param recorded what the recording browser said about it
 * @param notes facts about the input worth saying (headers restored from the preflight, a sanitized export …)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExplainInput(String label, FetchRequest request, List<CredentialsMode> credentials,
        boolean preflightEntry, BrowserRecord recorded, List<String> notes) {

    public ExplainInput {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(request, "request must not be null");
        credentials = List.copyOf(credentials);
        if (credentials.isEmpty()) {
            throw new IllegalArgumentException("credentials must name at least one mode");
        }
        Objects.requireNonNull(recorded, "recorded must not be null");
        notes = List.copyOf(notes);
    }

    /** An input whose credentials mode is the request's own, not recorded by a browser. */
    public static ExplainInput live(String label, FetchRequest request) {
        return new ExplainInput(label, request, List.of(request.credentials()), false, BrowserRecord.none(),
                List.of());
    }
}
