package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.header.ForbiddenRequestHeaders;
import dev.corstck.fetch.header.SafelistedRequestHeaders;
import dev.corstck.fetch.http.HeaderField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Which request headers script may set and which of them make a request need a preflight. */
final class RequestHeaderRules {

    private RequestHeaderRules() {
    }

    /** Answer whether script may not set this header (see fetch#forbidden-request-header). */
    static boolean isForbidden(String name, String value) {
        return ForbiddenRequestHeaders.isForbidden(name, value);
    }

    /** Answer whether the header may be set in no-cors mode (see fetch#no-cors-safelisted-request-header). */
    static boolean isNoCorsSafelisted(String name, String value, boolean clientHints) {
        return SafelistedRequestHeaders.isNoCorsSafelisted(name, value, clientHints);
    }

    /**
     * The CORS-unsafe request-header names of {@code headers}, lowercased, deduplicated and sorted by byte; every
     * safelisted header becomes unsafe once their values exceed 1024 bytes together (see
     * fetch#cors-unsafe-request-header-names), unless {@code totalLimit} is off (Firefox, which also passes the
     * appended values one by one rather than combined).
     */
    static List<String> unsafeNames(List<HeaderField> headers, boolean clientHints, boolean totalLimit) {
        TreeSet<String> unsafe = new TreeSet<>();
        List<String> potentiallyUnsafe = new ArrayList<>();
        int safelistValueSize = 0;
        for (HeaderField h : headers) {
            String lower = h.name().toLowerCase(Locale.ROOT);
            if (!SafelistedRequestHeaders.isCorsSafelisted(lower, h.value(), clientHints)) {
                unsafe.add(lower);
            } else {
                potentiallyUnsafe.add(lower);
                safelistValueSize += h.value().length();
            }
        }
        if (totalLimit && safelistValueSize > SafelistedRequestHeaders.TOTAL_LIMIT) {
            unsafe.addAll(potentiallyUnsafe);
        }
        return List.copyOf(unsafe);
    }

    /** Answer whether {@code value} is a valid header value: no NUL, CR or LF, no byte above 0xFF (see fetch#header-value). */
    static boolean isValidValue(String value) {
        return value.chars().noneMatch(c -> c == 0 || c == '\r' || c == '\n' || c > 0xFF);
    }
}
