package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a fetch came to, as JavaScript saw it: the Fetch model's {@link dev.corstck.fetch.response.Outcome} (one constant
 * of the same name each), plus two harness verdicts that are never CORS results: {@link #ERROR} and {@link #SKIPPED}.
 * It wraps the shared enum rather than replacing it because an observation can also say "the browser did not run it".
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
    /** {@code fetch()} resolved with {@code type "cors"}; see fetch#concept-filtered-response-cors. */
    CORS_OK,
    /** {@code fetch()} rejected with a {@code TypeError}; see fetch#concept-network-error. */
    NETWORK_ERROR,
    /** {@code type "opaque"}: a no-cors cross-origin response; see fetch#concept-filtered-response-opaque. */
    OPAQUE,
    /** {@code type "opaqueredirect"} under {@code redirect: "manual"}. */
    OPAQUE_REDIRECT,
    /** {@code type "basic"}: a same-origin response. */
    BASIC,
    /** The {@code Request} constructor threw before any network activity. */
    THROWS_SYNC,
    /** The harness or the engine failed (crash, timeout, unreachable page); never a CORS result. */
    ERROR,
    /** The engine cannot run this call (e.g. WebKit cannot map a host name to loopback); the detail says why. */
    SKIPPED;

    /** Answer whether this is a verdict about CORS, as opposed to {@link #ERROR} or {@link #SKIPPED}. */
    public boolean isCorsResult() {
        return this != ERROR && this != SKIPPED;
    }

    /** Return the Fetch outcome this observation shows, empty for {@link #ERROR} and {@link #SKIPPED}. */
    public Optional<dev.corstck.fetch.response.Outcome> corsOutcome() {
        return switch (this) {
            case CORS_OK -> Optional.of(dev.corstck.fetch.response.Outcome.CORS_OK);
            case NETWORK_ERROR -> Optional.of(dev.corstck.fetch.response.Outcome.NETWORK_ERROR);
            case OPAQUE -> Optional.of(dev.corstck.fetch.response.Outcome.OPAQUE);
            case OPAQUE_REDIRECT -> Optional.of(dev.corstck.fetch.response.Outcome.OPAQUE_REDIRECT);
            case BASIC -> Optional.of(dev.corstck.fetch.response.Outcome.BASIC);
            case THROWS_SYNC -> Optional.of(dev.corstck.fetch.response.Outcome.THROWS_SYNC);
            case ERROR, SKIPPED -> Optional.empty();
        };
    }

    /** Return the observation outcome that shows the Fetch outcome {@code outcome}. */
    public static Outcome of(dev.corstck.fetch.response.Outcome outcome) {
        return switch (outcome) {
            case CORS_OK -> CORS_OK;
            case NETWORK_ERROR -> NETWORK_ERROR;
            case OPAQUE -> OPAQUE;
            case OPAQUE_REDIRECT -> OPAQUE_REDIRECT;
            case BASIC -> BASIC;
            case THROWS_SYNC -> THROWS_SYNC;
        };
    }
}
