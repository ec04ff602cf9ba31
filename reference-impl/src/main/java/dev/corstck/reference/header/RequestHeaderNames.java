package dev.corstck.reference.header;

import dev.corstck.fetch.header.HttpToken;
import dev.corstck.fetch.header.HttpWhitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Parses {@code Access-Control-Request-Headers} leniently, the way the #list rule allows: any case, spaces and tabs
 * around elements, empty elements, several field lines (see fetch#cors-preflight-fetch-0 step 5 and
 * fetch#concept-header-list-get-decode-split). A non-token element makes the whole value malformed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequestHeaderNames {

    /** Most characters read from all lines together; browsers send far less, so more is treated as malformed. */
    public static final int MAX_TOTAL_LENGTH = 8192;

    /** Most distinct names accepted. */
    public static final int MAX_NAMES = 256;

    private RequestHeaderNames() {
    }

    /** Parse every field line's {@code value}, in order; no line at all gives an empty list of names. */
    public static HeaderNamesParse parse(List<String> values) {
        int total = 0;
        for (String value : values) {
            total += value.length();
        }
        if (total > MAX_TOTAL_LENGTH) {
            return new HeaderNamesParse.Malformed("longer than " + MAX_TOTAL_LENGTH + " characters");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            for (String element : value.split(",", -1)) {
                String name = trimOws(element);
                if (name.isEmpty()) {
                    continue;
                }
                if (!HttpToken.isToken(name)) {
                    return new HeaderNamesParse.Malformed("element '" + printable(name) + "' is not a header name");
                }
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        if (names.size() > MAX_NAMES) {
            return new HeaderNamesParse.Malformed("more than " + MAX_NAMES + " names");
        }
        return new HeaderNamesParse.Names(new ArrayList<>(names));
    }

    /** Strip leading and trailing HTTP optional whitespace (space and tab), see fetch#http-whitespace. */
    static String trimOws(String text) {
        return HttpWhitespace.stripTabOrSpace(text);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < 40; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return text.length() > 40 ? out + "..." : out.toString();
    }
}
