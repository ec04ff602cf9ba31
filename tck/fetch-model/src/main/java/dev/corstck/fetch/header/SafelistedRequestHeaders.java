package dev.corstck.fetch.header;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The CORS-safelisted and no-CORS-safelisted request headers with their value rules (see
 * fetch#cors-safelisted-request-header, fetch#no-cors-safelisted-request-header): one list for the simulator and the
 * reference scenario table.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SafelistedRequestHeaders {

    /** A safelisted value is at most this many bytes (fetch#cors-safelisted-request-header step 1). */
    public static final int VALUE_LIMIT = 128;
    /** Safelisted values together above this many bytes make every one of them unsafe (fetch#cors-unsafe-request-header-names). */
    public static final int TOTAL_LIMIT = 1024;

    private static final Set<String> NO_CORS_SAFELISTED = Set.of("accept", "accept-language", "content-language",
            "content-type");
    private static final Set<String> CONTENT_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private SafelistedRequestHeaders() {
    }

    /**
     * Answer whether {@code name: value} is a CORS-safelisted request-header; {@code clientHints} adds Chromium's
     * client-hint headers (R-REQHDR-07, tck/SPEC-NOTES.md#safelisted-headers). Header values are byte strings, one
     * byte per {@code char}.
     */
    public static boolean isCorsSafelisted(String name, String value, boolean clientHints) {
        if (value.length() > VALUE_LIMIT) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "accept" -> value.chars().noneMatch(SafelistedRequestHeaders::isUnsafeByte);
            case "accept-language", "content-language" -> value.chars().allMatch(SafelistedRequestHeaders::isLanguageByte);
            case "content-type" -> value.chars().noneMatch(SafelistedRequestHeaders::isUnsafeByte)
                    && MimeTypes.essence(value).filter(CONTENT_TYPES::contains).isPresent();
            case "range" -> RangeValues.isSafelistedRange(value);
            default -> clientHints && ClientHints.isSafelisted(lower, value);
        };
    }

    /** Answer whether the header may be set in no-cors mode (see fetch#no-cors-safelisted-request-header). */
    public static boolean isNoCorsSafelisted(String name, String value, boolean clientHints) {
        return NO_CORS_SAFELISTED.contains(name.toLowerCase(Locale.ROOT)) && isCorsSafelisted(name, value, clientHints);
    }

    /** Answer whether the byte makes an Accept or Content-Type value unsafe (see fetch#cors-unsafe-request-header-byte). */
    public static boolean isUnsafeByte(int b) {
        return (b < 0x20 && b != 0x09) || b == 0x7F || "\"():<>?@[\\]{}".indexOf(b) >= 0;
    }

    private static boolean isLanguageByte(int b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || " *,-.;=".indexOf(b) >= 0;
    }
}
