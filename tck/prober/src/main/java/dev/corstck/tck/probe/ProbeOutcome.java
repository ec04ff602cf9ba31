package dev.corstck.tck.probe;

import dev.corstck.fetch.http.RawResponse;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say how a probe ended: a response came back, or it failed and why.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ProbeOutcome {

    /** Whether the whole body was kept. */
    enum BodyExtent { COMPLETE, TRUNCATED }

    /**
     * A response, with header lines in order and duplicates kept; the body is its first bytes when truncated.
     *
     * @param response   status, header lines, body (decoded as UTF-8)
     * @param bodyExtent whether {@code response.body()} is all of it
     * @param bodyBytes  how many body bytes were read (at most the limit plus one buffer when truncated)
     */
    record Answered(RawResponse response, BodyExtent bodyExtent, long bodyBytes) implements ProbeOutcome {
        public Answered {
            Objects.requireNonNull(response, "response must not be null");
            Objects.requireNonNull(bodyExtent, "bodyExtent must not be null");
        }
    }

    /** No usable response; {@code failure} says why. */
    record Failed(ProbeFailure failure) implements ProbeOutcome {
        public Failed {
            Objects.requireNonNull(failure, "failure must not be null");
        }
    }
}
