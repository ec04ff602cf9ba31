package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a real browser let JavaScript see for one {@link FetchCall}, what the engine reported besides (console, CORS
 * reason, requests on the wire) and what it could not observe.
 *
 * @param callId the {@link FetchCall#id()}
 * @param engine {@code chromium}, {@code firefox} or {@code webkit}
 * @param driver how it was driven ({@code playwright}, {@code chromedriver}, {@code grid}, {@code bidi} …)
 * @param pageOrigin the page's serialized origin ({@code null} when opaque)
 * @param outcome the outcome class; {@link Outcome#ERROR} and {@link Outcome#SKIPPED} are harness verdicts
 * @param detail why the outcome is ERROR or SKIPPED; empty otherwise
 * @param response the response as JavaScript saw it
 * @param jsError the error JavaScript saw (rejection or synchronous throw)
 * @param console the engine's console/log lines about this call (CORS messages)
 * @param corsReason the engine's structured CORS reason, where it gives one
 * @param preflightSent whether a CORS-preflight request went out
 * @param cookiesSent whether the actual request carried a {@code Cookie} header
 * @param requests the requests on the wire for this call, preflight first, in the order sent
 * @param timings by the page's clock
 * @param unavailable what this engine cannot observe: the matching fields are empty, not "nothing happened"
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Observation(String callId, String engine, String driver, String pageOrigin, Outcome outcome,
        String detail, ResponseView response, Optional<JsError> jsError, List<String> console,
        Optional<CorsReason> corsReason, Observed preflightSent, Observed cookiesSent, List<SentRequest> requests,
        Timings timings, Set<Capability> unavailable) {

    public Observation {
        Objects.requireNonNull(outcome, "outcome must not be null");
        console = List.copyOf(console);
        requests = List.copyOf(requests);
        unavailable = Set.copyOf(unavailable);
    }

    /** Return the observation of a call the harness could not run, with the reason. */
    public static Observation error(String callId, String engine, String driver, String pageOrigin, String reason,
            Set<Capability> unavailable) {
        return notRun(callId, engine, driver, pageOrigin, Outcome.ERROR, reason, unavailable);
    }

    /** Return the observation of a call this engine cannot run, with the reason. */
    public static Observation skipped(String callId, String engine, String driver, String pageOrigin,
            String reason) {
        return notRun(callId, engine, driver, pageOrigin, Outcome.SKIPPED, reason, Set.of());
    }

    private static Observation notRun(String callId, String engine, String driver, String pageOrigin,
            Outcome outcome, String reason, Set<Capability> unavailable) {
        return new Observation(callId, engine, driver, pageOrigin, outcome, reason, ResponseView.none(),
                Optional.empty(), List.of(), Optional.empty(), Observed.UNKNOWN, Observed.UNKNOWN, List.of(),
                Timings.none(), unavailable);
    }

    /** Return the preflight request, if one was seen. */
    public Optional<SentRequest> preflight() {
        return requests.stream().filter(r -> r.kind() == SentRequest.Kind.PREFLIGHT).findFirst();
    }

    /** Return the actual request, if one was seen. */
    public Optional<SentRequest> actualRequest() {
        return requests.stream().filter(r -> r.kind() == SentRequest.Kind.ACTUAL).findFirst();
    }

    /** Return the response status JavaScript saw (0 when none). */
    public int status() {
        return response.status();
    }

    /** Return a one-line summary for logs and test messages. */
    public String summary() {
        String error = jsError.map(e -> " " + e).orElse("");
        String reason = corsReason.map(r -> " reason=" + r.error()).orElse("");
        String why = detail.isEmpty() ? "" : " (" + detail + ")";
        return callId + " [" + engine + "/" + driver + " from " + pageOrigin + "]: " + outcome + why + " status="
                + response.status() + error + reason + " preflight=" + preflightSent + " cookies=" + cookiesSent;
    }
}
