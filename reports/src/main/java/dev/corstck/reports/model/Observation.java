package dev.corstck.reports.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep what a real browser let JavaScript see for one scenario, and what it logged.
 *
 * <p>Text fields are empty when the engine gave nothing; {@code notObserved} names what the engine could not
 * show at all (e.g. WebKit has no console log over WebDriver), so an empty field is never mistaken for "none".
 *
 * @param outcome          the outcome code, e.g. {@code CORS_OK}, {@code NETWORK_ERROR}, {@code OPAQUE}
 * @param responseType     {@code response.type} as JS saw it ({@code cors}, {@code opaque}, …), empty on error
 * @param status           {@code response.status} as JS saw it ({@code 0} for network errors and opaque responses)
 * @param visibleHeaders   the headers {@code response.headers} exposed to JS, in iteration order
 * @param jsError          the error JS caught, e.g. {@code TypeError: Failed to fetch}
 * @param consoleMessages  console and log messages the engine printed for this fetch, verbatim
 * @param structuredReason a machine-readable CORS reason where the engine gives one (e.g. Chromium's
 *                         {@code MissingAllowOriginHeader})
 * @param preflight        whether a CORS-preflight request was seen
 * @param notObserved      what could not be observed in this engine, one short phrase each
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Observation(String outcome, String responseType, int status, List<Header> visibleHeaders,
                          String jsError, List<String> consoleMessages, String structuredReason,
                          PreflightSeen preflight, List<String> notObserved) {

    public Observation {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(responseType, "responseType must not be null");
        visibleHeaders = List.copyOf(visibleHeaders);
        Objects.requireNonNull(jsError, "jsError must not be null");
        consoleMessages = List.copyOf(consoleMessages);
        Objects.requireNonNull(structuredReason, "structuredReason must not be null");
        Objects.requireNonNull(preflight, "preflight must not be null");
        notObserved = List.copyOf(notObserved);
    }
}
