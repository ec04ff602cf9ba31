package dev.corstck.tck.simulator.fetch;

import java.util.Locale;
import java.util.Set;

/** Method rules: normalization, forbidden and CORS-safelisted methods. */
final class Methods {

    private static final Set<String> NORMALIZED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");
    private static final Set<String> FORBIDDEN = Set.of("CONNECT", "TRACE", "TRACK");
    private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");

    private Methods() {
    }

    /** Uppercase only the six well-known methods, keep every other method's case (see fetch#concept-method-normalize). */
    static String normalize(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return NORMALIZED.contains(upper) ? upper : method;
    }

    /** Answer whether the method is forbidden, in any case (see fetch#forbidden-method). */
    static boolean isForbidden(String method) {
        return FORBIDDEN.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Answer whether the (normalized) method is GET, HEAD or POST, case-sensitively (see fetch#cors-safelisted-method). */
    static boolean isSafelisted(String method) {
        return SAFELISTED.contains(method);
    }
}
