package dev.corstck.harness.session;

import dev.corstck.harness.CorsReason;
import dev.corstck.harness.engine.EngineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attribute an engine's events to the calls of one batch. Requests match a call by URL and method (a preflight by its
 * {@code Access-Control-Request-Method}); among several candidates, the call whose run (page clock) spans the event
 * wins, else the first call whose preflight or actual slot is still free. Calls of a sequential batch never overlap, so
 * attribution there is exact; identical calls of a parallel batch are interchangeable.
 */
final class CallCorrelator {

    /** What the engine reported for one call. */
    static final class CallEvents {
        final List<WireRecord> preflights = new ArrayList<>();
        final List<WireRecord> actuals = new ArrayList<>();
        final List<String> console = new ArrayList<>();

        /** Return the structured CORS reason: the actual request's, else the preflight's. */
        Optional<CorsReason> corsReason() {
            List<WireRecord> all = new ArrayList<>(actuals);
            all.addAll(preflights);
            return all.stream().filter(r -> !r.corsError.isEmpty()).findFirst()
                    .map(r -> new CorsReason(r.corsError, r.failedParameter));
        }
    }

    private static final double SLACK_MILLIS = 3;

    private final List<GlueResult> calls;
    private final List<String> methods;
    private final List<CallEvents> out = new ArrayList<>();

    private CallCorrelator(List<GlueResult> calls, List<String> methods) {
        this.calls = calls;
        this.methods = methods;
        calls.forEach(c -> out.add(new CallEvents()));
    }

    /** Return, per call (same order), the events that belong to it. */
    static List<CallEvents> correlate(List<GlueResult> calls, List<String> methods, List<EngineEvent> events) {
        CallCorrelator c = new CallCorrelator(calls, methods);
        WireRecord.fold(events).forEach(c::assign);
        events.stream().filter(EngineEvent.Console.class::isInstance).map(EngineEvent.Console.class::cast)
                .forEach(c::assignConsole);
        return c.out;
    }

    private void assign(WireRecord r) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            List<WireRecord> slot = r.preflight ? out.get(i).preflights : out.get(i).actuals;
            GlueResult call = calls.get(i);
            if (call.reachedNetwork() && slot.isEmpty() && r.matches(call.requestUrl(), methods.get(i))) {
                free.add(i);
            }
        }
        pick(free, r.at.toEpochMilli()).ifPresent(i -> (r.preflight ? out.get(i).preflights : out.get(i).actuals)
                .add(r));
    }

    private Optional<Integer> pick(List<Integer> candidates, double atMillis) {
        return candidates.stream().filter(i -> calls.get(i).spans(atMillis, SLACK_MILLIS)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private void assignConsole(EngineEvent.Console message) {
        List<Integer> mentioned = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (mentions(message.text(), calls.get(i).requestUrl())) {
                mentioned.add(i);
            }
        }
        if (mentioned.isEmpty() && calls.size() == 1 && isCorsRelated(message.text())) {
            mentioned.add(0);
        }
        pick(mentioned, message.at().toEpochMilli()).ifPresent(i -> out.get(i).console.add(message.text()));
    }

    private static boolean isCorsRelated(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("cors") || t.contains("cross-origin") || t.contains("access-control");
    }

    /** Answer whether {@code text} names {@code url} as a whole (not as the prefix of a longer URL). */
    static boolean mentions(String text, String url) {
        if (url.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(url); at >= 0; at = text.indexOf(url, at + 1)) {
            int end = at + url.length();
            if (end == text.length() || endsUrl(text, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsUrl(String text, int end) {
        char next = text.charAt(end);
        // Chromium quotes URLs with ', Firefox with ‘…’ or ends the sentence with a period.
        if (Character.isWhitespace(next) || "'\"\u2019\u201d),".indexOf(next) >= 0) {
            return true;
        }
        return next == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }
}
