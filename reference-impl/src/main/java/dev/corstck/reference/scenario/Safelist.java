package dev.corstck.reference.scenario;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The CORS-safelisted request headers, enough of fetch#cors-safelisted-request-header for the scenario table:
 * {@code Accept}, {@code Accept-Language}, {@code Content-Language} and {@code Content-Type} with their value rules
 * and the 128-byte limit ({@code Range} is left out: no scenario sets it).
 */
final class Safelist {

    private Safelist() {
    }

    static boolean isSafelisted(String name, String value) {
        if (value.getBytes(StandardCharsets.UTF_8).length > 128) {
            return false;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "accept" -> value.chars().noneMatch(Safelist::isUnsafeByte);
            case "accept-language", "content-language" -> value.chars().allMatch(c -> Character.isLetterOrDigit(c)
                    && c < 128 || " *,-.;=".indexOf(c) >= 0);
            case "content-type" -> isSafelistedContentType(value);
            default -> false;
        };
    }

    private static boolean isSafelistedContentType(String value) {
        if (value.chars().anyMatch(Safelist::isUnsafeByte)) {
            return false;
        }
        String essence = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return essence.equals("application/x-www-form-urlencoded") || essence.equals("multipart/form-data")
                || essence.equals("text/plain");
    }

    /** A CORS-unsafe request-header byte (see fetch#cors-unsafe-request-header-byte). */
    private static boolean isUnsafeByte(int c) {
        return (c < 0x20 && c != '\t') || "\"():<>?@[\\]{}".indexOf(c) >= 0 || c == 0x7f;
    }
}
