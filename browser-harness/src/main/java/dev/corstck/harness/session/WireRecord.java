package dev.corstck.harness.session;

import dev.corstck.harness.Header;
import dev.corstck.harness.SentRequest;
import dev.corstck.harness.engine.EngineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an engine reported about one request ID: whether it went on the wire (and with which headers), the
 * response status, the failure and the structured CORS reason. Mutable while events are folded in.
 */
final class WireRecord {

    final String requestId;
    Instant at;
    boolean preflight;
    boolean sent;
    String method = "";
    String url = "";
    List<Header> headers = List.of();
    int status;
    String failure = "";
    String corsError = "";
    String failedParameter = "";

    private WireRecord(String requestId, Instant at) {
        this.requestId = requestId;
        this.at = at;
    }

    /** Fold events into records, one per request ID, in order of first appearance. */
    static List<WireRecord> fold(List<EngineEvent> events) {
        Map<String, WireRecord> byId = new LinkedHashMap<>();
        for (EngineEvent e : events) {
            if (e instanceof EngineEvent.RequestSent s) {
                WireRecord r = byId.computeIfAbsent(s.requestId(), id -> new WireRecord(id, s.at()));
                r.onSent(s);
            } else if (e instanceof EngineEvent.ResponseReceived rr) {
                WireRecord r = byId.computeIfAbsent(rr.requestId(), id -> new WireRecord(id, rr.at()));
                r.status = rr.status();
                r.preflight |= rr.preflight();
                r.url = r.url.isEmpty() ? rr.url() : r.url;
            } else if (e instanceof EngineEvent.LoadingFailed f) {
                WireRecord r = byId.computeIfAbsent(f.requestId(), id -> new WireRecord(id, f.at()));
                r.onFailed(f);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private void onSent(EngineEvent.RequestSent s) {
        if (sent) {
            return; // a later hop of a redirect chain: the record keeps the first request
        }
        sent = true;
        at = s.at();
        preflight |= s.preflight();
        method = s.method();
        url = s.url();
        headers = s.headers().stream().map(h -> new Header(h.name(), h.value())).toList();
    }

    private void onFailed(EngineEvent.LoadingFailed f) {
        failure = f.errorText();
        url = url.isEmpty() ? f.url() : url;
        if (!f.corsError().isEmpty()) {
            corsError = f.corsError();
            failedParameter = f.failedParameter();
        }
    }

    /** Return the first value of request header {@code name}, ignoring case. */
    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.isNamed(name)).map(Header::value).findFirst();
    }

    /** Answer whether this record could belong to a call of {@code method} to {@code requestUrl}. */
    boolean matches(String requestUrl, String method) {
        if (!url.equals(requestUrl)) {
            return false;
        }
        String expected = method.toUpperCase(Locale.ROOT);
        if (preflight) {
            return header("Access-Control-Request-Method").map(m -> m.equalsIgnoreCase(expected)).orElse(true);
        }
        return this.method.isEmpty() || this.method.equalsIgnoreCase(expected);
    }

    /** Return the public view, for records that went on the wire. */
    SentRequest toSentRequest() {
        return new SentRequest(preflight ? SentRequest.Kind.PREFLIGHT : SentRequest.Kind.ACTUAL, method, url, headers,
                status, failure);
    }
}
