package dev.corstck.harness.engine;

import java.time.Instant;
import java.util.List;

/** What an engine reported while a page ran: console or log lines and network events. */
public sealed interface EngineEvent {

    Instant at();

    /** A console or log entry; {@code level} as the engine says it ("error", "warning", "SEVERE" …). */
    record Console(Instant at, String level, String text) implements EngineEvent {}

    /**
     * A request the engine put on the wire (or was about to). {@code preflight} is true for a CORS-preflight
     * request as the engine marks it (CDP {@code initiator.type == "preflight"}; BiDi: an OPTIONS with
     * {@code Access-Control-Request-Method}).
     */
    record RequestSent(Instant at, String requestId, String method, String url, List<Header> headers,
            boolean preflight) implements EngineEvent {}

    /** A response head the engine received. */
    record ResponseReceived(Instant at, String requestId, String url, int status, List<Header> headers,
            boolean preflight) implements EngineEvent {}

    /**
     * A request that failed. {@code corsError} and {@code failedParameter} carry the engine's structured CORS reason
     * when it gives one (CDP {@code corsErrorStatus}); empty strings otherwise.
     */
    record LoadingFailed(Instant at, String requestId, String url, String errorText, String corsError,
            String failedParameter) implements EngineEvent {}

    /** One header line. */
    record Header(String name, String value) {}
}
