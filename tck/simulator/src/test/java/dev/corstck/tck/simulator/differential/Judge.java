package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.harness.Engine;
import dev.corstck.harness.Observation;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.PreflightUse;
import dev.corstck.tck.simulator.SimulatedBrowser;
import dev.corstck.tck.simulator.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compare what a browser did with what the simulator predicts under that engine's profile: the outcome, whether a
 * preflight reached the server (from the server's journal), the status of a readable response, and Chromium's CDP
 * {@code Network.CorsError}. The spec's prediction is kept beside it to name the profile difference that explains
 * an engine departing from the spec.
 */
final class Judge {

    private static final Set<String> EVIDENCE = Set.of("origin", "access-control-request-method",
            "access-control-request-headers", "cookie", "content-type", "authorization");

    private Judge() {
    }

    /** The simulator profile that models {@code engine}. */
    static BrowserProfile profile(Engine engine) {
        return BrowserProfile.of(dev.corstck.tck.simulator.Engine.valueOf(engine.kind().browser()
                .toUpperCase(Locale.ROOT)));
    }

    static Verdict judge(Engine engine, DifferentialScenario d, Observation observed, List<RawRequest> received) {
        Prediction predicted = last(d, profile(engine));
        Prediction spec = last(d, BrowserProfile.SPEC);
        List<String> problems = new ArrayList<>();
        boolean preflightSeen = received.stream().anyMatch(r -> r.method().equals("OPTIONS"));
        if (!observed.outcome().name().equals(predicted.outcome().name())) {
            problems.add("outcome " + observed.outcome() + ", predicted " + predicted.outcome());
        }
        if (preflightSeen != (predicted.preflight() == PreflightUse.PREFLIGHT)) {
            problems.add("preflight " + (preflightSeen ? "seen" : "not seen") + ", predicted " + predicted.preflight());
        }
        if (predicted.outcome() == Outcome.CORS_OK && observed.status() != predicted.status()) {
            problems.add("status " + observed.status() + ", predicted " + predicted.status());
        }
        observed.corsReason().ifPresent(reason -> {
            // Chromium's CDP names why it blocked: the simulator must name the same Network.CorsError.
            if (!predicted.block().flatMap(b -> b.chromiumCorsError()).equals(java.util.Optional.of(reason.error()))) {
                problems.add("CorsError " + reason.error() + ", predicted "
                        + predicted.block().flatMap(b -> b.chromiumCorsError()).orElse("none"));
            }
        });
        List<String> evidence = received.stream().map(Judge::line).toList();
        String detail = "observed: " + observed.summary() + "\nserver saw: " + evidence + "\npredicted ("
                + engine.kind().browser() + "):\n" + predicted.explanation().render();
        return new Verdict(d.id(), problems, departure(spec, predicted), evidence, detail);
    }

    private static Prediction last(DifferentialScenario d, BrowserProfile profile) {
        List<Prediction> all = Simulator.run(d.scenario(), d.responder(), new SimulatedBrowser(profile));
        return all.get(all.size() - 1);
    }

    private static String departure(Prediction spec, Prediction engine) {
        if (spec.outcome() == engine.outcome() && spec.preflight() == engine.preflight()) {
            return "";
        }
        return "spec " + spec.outcome() + "/" + spec.preflight() + ", profile " + engine.outcome() + "/"
                + engine.preflight();
    }

    private static String line(RawRequest r) {
        return r.method() + " " + r.target() + " {" + r.headers().fields().stream()
                .filter(h -> EVIDENCE.contains(h.name().toLowerCase(Locale.ROOT))).map(HeaderField::toString)
                .collect(Collectors.joining("; ")) + "}";
    }
}
