package dev.corstck.reference.profile;

import dev.corstck.fetch.http.RawResponse;
import org.apiguardian.api.API;

/**
 * Rewrites the correct response into a mistaken one: a decorator around the processor's output, so the processor
 * itself never learns to be wrong.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ResponseMutation {

    /** The mutation that changes nothing. */
    ResponseMutation NONE = Exchange::response;

    /** Return the response to send for {@code exchange}. */
    RawResponse mutate(Exchange exchange);
}
