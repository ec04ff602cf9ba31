package dev.corstck.harness.session;

import dev.corstck.harness.Capability;
import dev.corstck.harness.JsError;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Observed;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.ResponseView;
import dev.corstck.harness.SentRequest;
import dev.corstck.harness.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Build an {@link Observation} from the glue's result and the events attributed to the call. */
final class ObservationAssembler {

    /** Who observed: engine and driver names, the page's origin and what the engine cannot see. */
    record Observer(String engine, String driver, String pageOrigin, Set<Capability> unavailable) {}

    private ObservationAssembler() {}

    /** Assemble the observation of one call. */
    static Observation assemble(Observer who, GlueResult js, CallCorrelator.CallEvents seen) {
        boolean network = !who.unavailable().contains(Capability.NETWORK);
        List<SentRequest> requests = new ArrayList<>();
        seen.preflights.stream().filter(r -> r.sent).map(WireRecord::toSentRequest).forEach(requests::add);
        seen.actuals.stream().filter(r -> r.sent).map(WireRecord::toSentRequest).forEach(requests::add);
        Observed preflight = network ? Observed.of(seen.preflights.stream().anyMatch(r -> r.sent)) : Observed.UNKNOWN;
        Observed cookies = network ? Observed.of(seen.actuals.stream()
                .anyMatch(r -> r.sent && r.header("Cookie").isPresent())) : Observed.UNKNOWN;
        Outcome outcome = outcome(js);
        String detail = switch (js.phase()) {
            case "timeout" -> "the fetch did not settle within the fetch timeout";
            case "resolved", "rejected", "threw" -> outcome == Outcome.ERROR
                    ? "unexpected response type '" + js.type() + "'" : "";
            default -> "the page glue reported phase '" + js.phase() + "'";
        };
        Optional<JsError> error = js.errorName().isEmpty() ? Optional.empty()
                : Optional.of(new JsError(js.errorName(), js.errorMessage()));
        ResponseView response = js.phase().equals("resolved")
                ? new ResponseView(js.status(), js.statusText(), js.type(), js.url(), js.redirected(), js.headers(),
                        js.body())
                : ResponseView.none();
        return new Observation(js.id(), who.engine(), who.driver(), who.pageOrigin(), outcome, detail, response,
                error, seen.console, seen.corsReason(), preflight, cookies, requests, timings(js), who.unavailable());
    }

    /** Map what JavaScript saw to an outcome; see tck/SPEC-NOTES.md#outcomes. */
    static Outcome outcome(GlueResult js) {
        return switch (js.phase()) {
            case "threw" -> Outcome.THROWS_SYNC;
            case "rejected" -> Outcome.NETWORK_ERROR;
            case "resolved" -> switch (js.type()) {
                case "cors" -> Outcome.CORS_OK;
                case "basic" -> Outcome.BASIC;
                case "opaque" -> Outcome.OPAQUE;
                case "opaqueredirect" -> Outcome.OPAQUE_REDIRECT;
                default -> Outcome.ERROR;
            };
            default -> Outcome.ERROR;
        };
    }

    private static Timings timings(GlueResult js) {
        Instant started = Instant.ofEpochMilli((long) js.started());
        Duration settled = millis(js.settled() - js.started());
        Duration total = millis(Math.max(js.finished(), js.settled()) - js.started());
        return new Timings(started, settled, total);
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos((long) (Math.max(0, ms) * 1_000_000));
    }
}
