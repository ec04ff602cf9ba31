package dev.corstck.tck.simulator;

import dev.corstck.fetch.http.Responder;
import dev.corstck.tck.simulator.fetch.FetchAlgorithm;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One simulated browser profile with state that lives across fetches: the preflight cache, the cookie jar and a
 * simulated clock. Not thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimulatedBrowser {

    private final BrowserProfile profile;
    private final SimulatedClock clock = new SimulatedClock();
    private final FetchAlgorithm algorithm;

    public SimulatedBrowser(BrowserProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile must not be null");
        this.algorithm = new FetchAlgorithm(profile, clock);
    }

    public BrowserProfile profile() {
        return profile;
    }

    /** Predict what this browser does with {@code request}, asking {@code responder} for every response. */
    public Prediction fetch(FetchRequest request, Responder responder) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(responder, "responder must not be null");
        return algorithm.fetch(request, responder);
    }

    /** Let {@code duration} pass on the simulated clock (preflight-cache entries expire). */
    public void advance(Duration duration) {
        clock.advance(duration);
    }

    /** Hold a first-party cookie for {@code url} as if the user had visited it and received {@code setCookie}. */
    public void seedCookie(String url, String setCookie) {
        algorithm.seedCookie(url, setCookie);
    }

    /** Count the live preflight-cache entries (per-URL items for Chromium and WebKit). */
    public int preflightCacheSize() {
        return algorithm.cacheSize();
    }

    public SimulatedClock clock() {
        return clock;
    }
}
