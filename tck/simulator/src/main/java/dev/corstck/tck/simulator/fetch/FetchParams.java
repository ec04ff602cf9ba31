package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import dev.corstck.tck.simulator.SimulatedClock;
import java.util.Optional;

/** Everything one fetch runs with: its request state, the responder, and the browser's cache, jar and clock. */
final class FetchParams {

    final FetchState state;
    final Responder responder;
    final PreflightCache cache;
    final CookieJar jar;
    final SimulatedClock clock;

    FetchParams(FetchState state, Responder responder, PreflightCache cache, CookieJar jar, SimulatedClock clock) {
        this.state = state;
        this.responder = responder;
        this.cache = cache;
        this.jar = jar;
        this.clock = clock;
    }

    /**
     * Send {@code request} to the current URL's origin and record the exchange; empty when the responder could not
     * produce a response, which the browser sees as a network error (see fetch#concept-network-error).
     */
    Optional<RawResponse> send(ExchangeKind kind, RawRequest request) {
        FetchUrl url = state.currentUrl();
        String target = url.origin().serialize();
        Optional<RawResponse> response;
        try {
            response = Optional.ofNullable(responder.respond(target, request));
            if (response.isEmpty()) {
                throw new ResponderException("the responder returned no response");
            }
        } catch (ResponderException | RuntimeException e) {
            state.trace.failed("concept-network-error", "network", "no response to the " + kind.name().toLowerCase()
                    + " request: " + e.getMessage());
            response = Optional.empty();
        }
        state.exchanges.add(new Exchange(kind, url.serialize(), target, request, response));
        return response;
    }
}
