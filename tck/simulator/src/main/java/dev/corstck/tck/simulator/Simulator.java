package dev.corstck.tck.simulator;

import dev.corstck.fetch.http.Responder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The simulator's entry point: run a scenario in a fresh simulated browser per profile and collect the predictions.
 *
 * <pre>{@code
 * Predictions p = Simulator.allProfiles().predict(scenario, responder);
 * p.spec().outcome();          // NETWORK_ERROR
 * p.of(Engine.CHROMIUM);       // CORS_OK: "*" covers Authorization in Chromium
 * p.divergesFromSpec();        // true
 * p.spec().explanation().render();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Simulator {

    private final List<BrowserProfile> profiles;

    private Simulator(List<BrowserProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** A simulator for the spec and the three engines. */
    public static Simulator allProfiles() {
        return new Simulator(BrowserProfile.ALL);
    }

    /** A simulator for the given profiles. */
    public static Simulator of(BrowserProfile... profiles) {
        if (profiles.length == 0) {
            throw new IllegalArgumentException("profiles must not be empty");
        }
        return new Simulator(List.of(profiles));
    }

    /** Run every action of {@code scenario} in a fresh browser per profile. */
    public Predictions predict(Scenario scenario, Responder responder) {
        Objects.requireNonNull(scenario, "scenario must not be null");
        Objects.requireNonNull(responder, "responder must not be null");
        Map<Engine, List<Prediction>> runs = new LinkedHashMap<>();
        for (BrowserProfile profile : profiles) {
            runs.put(profile.engine(), run(scenario, responder, new SimulatedBrowser(profile)));
        }
        return new Predictions(scenario.id(), runs);
    }

    /** Run {@code scenario} in {@code browser}, one prediction per fetch. */
    public static List<Prediction> run(Scenario scenario, Responder responder, SimulatedBrowser browser) {
        List<Prediction> out = new ArrayList<>();
        for (Action action : scenario.actions()) {
            if (action instanceof Action.Fetch f) {
                out.add(browser.fetch(f.request(), responder));
            } else if (action instanceof Action.Wait w) {
                browser.advance(w.duration());
            } else if (action instanceof Action.SeedCookie c) {
                browser.seedCookie(c.url(), c.setCookie());
            }
        }
        return out;
    }
}
