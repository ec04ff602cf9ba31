package dev.corstck.fetch.header;

import org.apiguardian.api.API;

/**
 * HTTP whitespace (tab, LF, CR, space; fetch#http-whitespace) and the normalisation of a header value that strips it
 * from both ends (fetch#concept-header-value-normalize). Unlike {@link String#strip()}, it keeps U+001C-U+001F and
 * other Unicode whitespace, which a browser keeps too: the simulator and grading share this one definition.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HttpWhitespace {

    private HttpWhitespace() {
    }

    /** Answer whether {@code c} is HTTP whitespace. */
    public static boolean isHttpWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Strip leading and trailing HTTP whitespace, nothing else. */
    public static String strip(String s) {
        return strip(s, HttpWhitespace::isHttpWhitespace);
    }

    /** Strip leading and trailing HTTP tab or space only (fetch#http-tab-or-space), as header-list parsing does. */
    public static String stripTabOrSpace(String s) {
        return strip(s, c -> c == ' ' || c == '\t');
    }

    private static String strip(String s, CharPredicate strippable) {
        int start = 0;
        int end = s.length();
        while (start < end && strippable.test(s.charAt(start))) {
            start++;
        }
        while (end > start && strippable.test(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private interface CharPredicate {
        boolean test(char c);
    }
}
