package dev.corstck.reports.junitxml;

import org.apiguardian.api.API;

/**
 * Make any string legal XML 1.0 character data: characters XML cannot hold (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) become visible escapes such as {@code \x1B}, so evidence with control characters stays readable and
 * the file stays parseable.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class XmlText {

    private XmlText() {
    }

    /** Return {@code text} with every character that XML 1.0 forbids replaced by a visible escape. */
    public static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = legalWidth(text, i);
            if (width > 0) {
                if (out != null) {
                    out.append(text, i, i + width);
                }
                i += width - 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }

    /** Return how many chars starting at {@code i} form one legal character, or 0 when it is illegal. */
    private static int legalWidth(String text, int i) {
        char c = text.charAt(i);
        if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
            return 1;
        }
        boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        return pair ? 2 : 0;
    }
}
