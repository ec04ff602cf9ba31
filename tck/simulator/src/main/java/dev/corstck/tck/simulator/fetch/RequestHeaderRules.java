package dev.corstck.tck.simulator.fetch;

import dev.corstck.reference.http.HeaderField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Which request headers script may set and which of them make a request need a preflight. */
final class RequestHeaderRules {

    private static final Set<String> FORBIDDEN = Set.of("accept-charset", "accept-encoding",
            "access-control-request-headers", "access-control-request-method", "connection", "content-length",
            "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie",
            "te", "trailer", "transfer-encoding", "upgrade", "via");
    private static final Set<String> METHOD_OVERRIDES = Set.of("x-http-method", "x-http-method-override",
            "x-method-override");
    private static final Set<String> NO_CORS_SAFELISTED = Set.of("accept", "accept-language", "content-language",
            "content-type");
    private static final Set<String> CONTENT_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    private static final int VALUE_LIMIT = 128;
    private static final int TOTAL_LIMIT = 1024;

    private RequestHeaderRules() {
    }

    /** Answer whether script may not set this header (see fetch#forbidden-request-header). */
    static boolean isForbidden(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (FORBIDDEN.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")) {
            return true;
        }
        if (METHOD_OVERRIDES.contains(lower)) {
            for (String m : value.split(",")) {
                if (Methods.isForbidden(Tokens.stripHttpWhitespace(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Answer whether the header may be set in no-cors mode (see fetch#no-cors-safelisted-request-header). */
    static boolean isNoCorsSafelisted(String name, String value, boolean clientHints) {
        return NO_CORS_SAFELISTED.contains(name.toLowerCase(Locale.ROOT)) && isSafelisted(name, value, clientHints);
    }

    /** Answer whether the header is a CORS-safelisted request-header (see fetch#cors-safelisted-request-header). */
    static boolean isSafelisted(String name, String value, boolean clientHints) {
        if (value.length() > VALUE_LIMIT) {
            return false;
        }
        return isSafelistedLower(name.toLowerCase(Locale.ROOT), value, clientHints);
    }

    private static boolean isSafelistedLower(String lower, String value, boolean clientHints) {
        if (value.length() > VALUE_LIMIT) {
            return false;
        }
        return switch (lower) {
            case "accept" -> value.chars().noneMatch(RequestHeaderRules::isUnsafeByte);
            case "accept-language", "content-language" -> value.chars().allMatch(RequestHeaderRules::isLanguageByte);
            case "content-type" -> value.chars().noneMatch(RequestHeaderRules::isUnsafeByte)
                    && MimeTypes.essence(value).filter(CONTENT_TYPES::contains).isPresent();
            case "range" -> RangeValues.isSafelistedRange(value);
            default -> clientHints && ClientHints.isSafelisted(lower, value);
        };
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
            if (!isSafelistedLower(lower, h.value(), clientHints)) {
                unsafe.add(lower);
            } else {
                potentiallyUnsafe.add(lower);
                safelistValueSize += h.value().length();
            }
        }
        if (totalLimit && safelistValueSize > TOTAL_LIMIT) {
            unsafe.addAll(potentiallyUnsafe);
        }
        return List.copyOf(unsafe);
    }

    /** Answer whether the byte makes an Accept or Content-Type value unsafe (see fetch#cors-unsafe-request-header-byte). */
    static boolean isUnsafeByte(int b) {
        return (b < 0x20 && b != 0x09) || b == 0x7F || "\"():<>?@[\\]{}".indexOf(b) >= 0;
    }

    private static boolean isLanguageByte(int b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || " *,-.;=".indexOf(b) >= 0;
    }

    /** Answer whether {@code value} is a valid header value: no NUL, CR or LF, no byte above 0xFF (see fetch#header-value). */
    static boolean isValidValue(String value) {
        return value.chars().noneMatch(c -> c == 0 || c == '\r' || c == '\n' || c > 0xFF);
    }
}
