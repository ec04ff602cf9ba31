package dev.corstck.tck.explain;

import dev.corstck.fetch.response.Outcome;
import org.apiguardian.api.API;

/**
 * What JavaScript sees, as explained: the Fetch model's {@link Outcome}s, plus {@link #UNKNOWN} when the input holds
 * too little to decide (the {@code explain --format json} vocabulary, so it wraps the shared enum).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExplainedOutcome {
    CORS_OK, NETWORK_ERROR, OPAQUE, OPAQUE_REDIRECT, BASIC, THROWS_SYNC,
    /** The input does not hold what decides it; the explanation says what is missing. */
    UNKNOWN;

    /** The explained form of a simulator outcome. */
    public static ExplainedOutcome of(Outcome outcome) {
        return switch (outcome) {
            case CORS_OK -> CORS_OK;
            case NETWORK_ERROR -> NETWORK_ERROR;
            case OPAQUE -> OPAQUE;
            case OPAQUE_REDIRECT -> OPAQUE_REDIRECT;
            case BASIC -> BASIC;
            case THROWS_SYNC -> THROWS_SYNC;
        };
    }

    /** Answer whether the page is denied the request: a network error or a synchronous throw. */
    public boolean isBlocked() {
        return this == NETWORK_ERROR || this == THROWS_SYNC;
    }

    /** Answer whether the outcome was decided. */
    public boolean isDecided() {
        return this != UNKNOWN;
    }
}
