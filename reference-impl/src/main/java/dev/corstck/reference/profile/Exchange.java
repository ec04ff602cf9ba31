package dev.corstck.reference.profile;

import dev.corstck.reference.decision.Decision;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One request as the reference server handled it, for a {@link ResponseMutation} to rewrite.
 *
 * @param request the request received
 * @param decision the CORS processor's decision
 * @param application the response before CORS headers were added (a bare status for preflights answered by CORS)
 * @param response the response with the decision's CORS headers, as a correct server sends it
 * @param route whether an application route answered
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exchange(RawRequest request, Decision decision, RawResponse application, RawResponse response,
        Route route) {

    public Exchange {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(response, "response must not be null");
        Objects.requireNonNull(route, "route must not be null");
    }
}
