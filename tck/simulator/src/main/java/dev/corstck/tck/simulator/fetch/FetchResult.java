package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.http.RawResponse;

/** What main fetch returns: a response to filter, an opaque-redirect, or a network error. */
sealed interface FetchResult permits FetchResult.Delivered, FetchResult.OpaqueRedirect, FetchResult.NetworkError {

    /** A response reached the page; its tainting decides the filter. */
    record Delivered(RawResponse response) implements FetchResult {
    }

    /** A redirect under redirect mode {@code manual} (see fetch#concept-filtered-response-opaque-redirect). */
    record OpaqueRedirect() implements FetchResult {
    }

    /** A network error (see fetch#concept-network-error). */
    record NetworkError(Failure failure) implements FetchResult {
    }
}
