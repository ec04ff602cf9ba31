package dev.corstck.tck.simulator;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one engine does with one fetch: the outcome JavaScript sees, what went on the wire, and why.
 *
 * @param status the status script reads: the response's for {@code cors} and {@code basic}, 0 otherwise
 * @param url the response URL script reads (the final URL after redirects), empty when nothing is visible
 * @param visibleHeaders the response headers left after filtering (see fetch#concept-filtered-response)
 * @param exchanges every preflight and actual request sent, in order, with its response
 * @param block why the fetch failed, when it did
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Prediction(
        Engine engine,
        Outcome outcome,
        ResponseType type,
        int status,
        String url,
        HeaderList visibleHeaders,
        List<Exchange> exchanges,
        Explanation explanation,
        Optional<Block> block) {

    public Prediction {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(visibleHeaders, "visibleHeaders must not be null");
        exchanges = List.copyOf(exchanges);
        Objects.requireNonNull(explanation, "explanation must not be null");
        Objects.requireNonNull(block, "block must not be null");
    }

    /** Whether a CORS-preflight request went on the wire. */
    public PreflightUse preflight() {
        return exchanges.stream().anyMatch(e -> e.kind() == ExchangeKind.PREFLIGHT)
                ? PreflightUse.PREFLIGHT : PreflightUse.NO_PREFLIGHT;
    }

    /** The first preflight request sent, if any. */
    public Optional<RawRequest> preflightRequest() {
        return exchanges.stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT).map(Exchange::request).findFirst();
    }

    /** Every actual (non-preflight) request sent, one per redirect hop. */
    public List<RawRequest> actualRequests() {
        return exchanges.stream().filter(e -> e.kind() == ExchangeKind.ACTUAL).map(Exchange::request).toList();
    }

    /** The value of a visible response header as {@code response.headers.get(name)} returns it. */
    public Optional<String> visibleHeader(String name) {
        return visibleHeaders.combined(name);
    }

    /** The part a real browser lets a test observe: outcome, status, preflight sent, visible header names. */
    public Observable observable() {
        List<String> names = visibleHeaders.fields().stream()
                .map(HeaderField::name).map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        return new Observable(outcome, status, preflight(), names);
    }

    /** The observable part of a prediction, comparable across engines and with a real browser's observation. */
    public record Observable(Outcome outcome, int status, PreflightUse preflight, List<String> visibleHeaderNames) {

        public Observable {
            visibleHeaderNames = List.copyOf(visibleHeaderNames);
        }
    }
}
