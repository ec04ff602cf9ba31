package dev.corstck.tck.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One String for each header name and short value received again and again: a grade keeps every scenario's exchanges
 * until its cross-scenario checks have run, and the same {@code Access-Control-Allow-Origin: http://localhost:3000}
 * line parsed afresh in each of them made a tenth of a large grade's heap. Bounded, so a target that sends endless
 * distinct values costs no more than without it.
 */
final class SharedText {

    private static final int MAX_ENTRIES = 50_000;
    private static final int MAX_LENGTH = 256;
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedText() {
    }

    /** Return an equal String, the one kept for it when there is one. */
    static String of(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        String kept = TEXTS.get(text);
        if (kept != null) {
            return kept;
        }
        if (TEXTS.size() < MAX_ENTRIES) {
            kept = TEXTS.putIfAbsent(text, text);
        }
        return kept == null ? text : kept;
    }
}
